package oracle.crossschema;

import jakarta.persistence.*;
import java.util.Set;
@Entity @Table(schema = "trading") public class Book { @Id @GeneratedValue private Long id; @Column(nullable = false, unique = true) private String name; @ManyToOne(optional = false) private Currency baseCurrency; @ManyToMany @JoinTable(name = "book_traders", schema = "trading") private Set<Trader> traders; }
