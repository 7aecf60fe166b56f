package oracle.largetradingdesk;

import jakarta.persistence.*;
import java.math.BigDecimal;
import java.time.Instant;
@Entity public class Fill { @Id @GeneratedValue(strategy = GenerationType.SEQUENCE) private Long id; @ManyToOne(optional = false) @JoinColumn(name = "order_id", foreignKey = @ForeignKey(name = "fill_order_fk")) private TradeOrder order; @ManyToOne private Counterparty counterparty; @Column(precision = 20, scale = 4, nullable = false) private BigDecimal quantity; @Column(precision = 20, scale = 8, nullable = false) private BigDecimal price; @Column(nullable = false) private Instant executedAt; @Column(length = 40) private String venueExecId; }
