package oracle.crossschema;

import jakarta.persistence.*;
@Entity @Inheritance(strategy = InheritanceType.JOINED) public class Party { @Id @GeneratedValue private Long id; @Column(nullable = false) private String legalName; @ManyToOne private Currency reportingCurrency; }
