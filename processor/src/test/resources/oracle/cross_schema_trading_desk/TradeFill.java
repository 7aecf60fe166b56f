package oracle.crossschema;

import jakarta.persistence.*;
import java.math.BigDecimal;
@Entity @Table(name = "\"TradeFill\"", schema = "trading") public class TradeFill { @Id @GeneratedValue private Long id; @ManyToOne(optional = false) private Trade trade; @ManyToOne private Venue venue; @Column(precision = 20, scale = 4) private BigDecimal filledQuantity; }
