package oracle.largetradingdesk;

import jakarta.persistence.*;
@Entity public class Counterparty { @Id @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "counterparty_seq") @SequenceGenerator(name = "counterparty_seq", sequenceName = "counterparty_seq", allocationSize = 20) private Long id; @Column(nullable = false, length = 120) private String name; @ManyToOne private LegalEntity legalEntity; @Column(name = "credit_limit", precision = 20, scale = 2) private java.math.BigDecimal creditLimit; }
