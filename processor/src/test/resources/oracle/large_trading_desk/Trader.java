package oracle.largetradingdesk;

import jakarta.persistence.*;
import java.util.Set;
@Entity public class Trader { @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id; @Column(nullable = false, unique = true, length = 16) private String login; private String fullName; @ManyToOne(optional = false) private Desk desk; @ManyToMany @JoinTable(name = "trader_books", joinColumns = @JoinColumn(name = "trader_id"), inverseJoinColumns = @JoinColumn(name = "book_id")) private Set<Book> authorisedBooks; @ElementCollection @CollectionTable(name = "trader_permissions") @Enumerated(EnumType.STRING) @Column(name = "asset_class", length = 12) private Set<AssetClass> permissions; }
