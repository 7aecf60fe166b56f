package oracle.crossschema;

import jakarta.persistence.*;
@Entity public class Trader { @Id @GeneratedValue private Long id; @Column(nullable = false, unique = true, length = 16) private String login; @ManyToOne private Currency homeCurrency; }
