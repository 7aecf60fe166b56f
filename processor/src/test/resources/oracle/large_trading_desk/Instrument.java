package oracle.largetradingdesk;

import jakarta.persistence.*;
@Entity @Inheritance(strategy = InheritanceType.JOINED) @Table(uniqueConstraints = @UniqueConstraint(name = "instrument_isin_key", columnNames = "isin")) public abstract class Instrument { @Id @GeneratedValue(strategy = GenerationType.SEQUENCE) private Long id; @Column(length = 12) private String isin; @Column(nullable = false, length = 24) private String symbol; @Column(length = 3) private String currency; }
