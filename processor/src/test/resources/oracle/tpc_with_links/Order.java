package oracle.tpcwithlinks;

import jakarta.persistence.*;
@Entity @Table(name = "orders") @Inheritance(strategy = InheritanceType.TABLE_PER_CLASS) public abstract class Order { @Id private Long id; @ManyToOne(optional = false) private Account account; }
