package oracle.mixedtradingmodel;

import jakarta.persistence.*;
@Entity @Table(name = "accounts") public class Account { @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id; @Column(nullable = false, unique = true, length = 32) private String code; }
