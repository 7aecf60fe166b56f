package oracle.mixedtradingmodel;

import jakarta.persistence.*;
@Entity @Table(name = "instruments") @Inheritance(strategy = InheritanceType.JOINED) public class Instrument { @Id @GeneratedValue private Long id; @Column(nullable = false, length = 24) private String symbol; }
