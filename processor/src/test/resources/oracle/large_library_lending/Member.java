package oracle.largelibrarylending;

import jakarta.persistence.*;
import java.time.LocalDate;
import java.util.List;
@Entity @Inheritance(strategy = InheritanceType.SINGLE_TABLE) @DiscriminatorColumn(name = "member_type", discriminatorType = DiscriminatorType.CHAR) @DiscriminatorValue("A") public class Member { @Id @GeneratedValue private Long id; @Column(name = "card_number", nullable = false, unique = true, length = 14) private String cardNumber; @Column(nullable = false) private String fullName; @Embedded private PostalAddress homeAddress; private LocalDate joined; @ElementCollection @CollectionTable(name = "member_phones") @OrderColumn(name = "phone_index") @Column(name = "phone", length = 20) private List<String> phones; @ManyToOne private Branch homeBranch; }
