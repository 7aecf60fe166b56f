package oracle.crossschema;

import jakarta.persistence.*;
import java.math.BigDecimal;
@Entity @Table(schema = "risk") public class RiskLimit { @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id; @OneToOne(optional = false) private Book book; @ManyToOne(optional = false) private Currency currency; @Column(precision = 18, scale = 2) private BigDecimal limitAmount; }
