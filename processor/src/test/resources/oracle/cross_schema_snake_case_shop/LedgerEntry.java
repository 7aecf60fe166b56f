package oracle.crossschemashop;

import jakarta.persistence.*;
import java.math.BigDecimal;
@Entity @Inheritance(strategy = InheritanceType.JOINED) public class LedgerEntry { @Id @GeneratedValue private Long id; @Column(precision = 14, scale = 2, nullable = false) private BigDecimal amount; }
