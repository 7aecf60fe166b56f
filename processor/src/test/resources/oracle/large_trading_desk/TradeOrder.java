package oracle.largetradingdesk;

import jakarta.persistence.*;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
@Entity @Table(name = "trade_order", indexes = @Index(name = "trade_order_book_state_idx", columnList = "book_id, state")) public class TradeOrder { @Id @GeneratedValue(strategy = GenerationType.SEQUENCE) private Long id; @ManyToOne(optional = false) private Book book; @ManyToOne(optional = false) private Instrument instrument; @ManyToOne(optional = false) private Trader trader; @Enumerated private Side side; @Enumerated(EnumType.STRING) @Column(nullable = false, length = 20) private OrderState state; @Column(precision = 20, scale = 4) private BigDecimal quantity; @Column(name = "limit_price", precision = 20, scale = 8) private BigDecimal limitPrice; @Column(nullable = false) private Instant placedAt; @OneToMany(mappedBy = "order") @OrderBy("executedAt") private List<Fill> fills; @Version private int version; }
