package oracle.mixedtradingmodel;

import jakarta.persistence.*;
import java.util.Set;
@Entity @Table(name = "trades", indexes = @Index(columnList = "trade_date")) public class Trade { public enum Side { BUY, SELL } @Id @GeneratedValue private Long id; @ManyToOne(optional = false) private Account account; @ManyToOne(optional = false) private Instrument instrument; @Enumerated(EnumType.STRING) @Column(length = 4, nullable = false) private Side side; @AttributeOverride(name = "amount", column = @Column(name = "price", precision = 20, scale = 8)) @AttributeOverride(name = "currency", column = @Column(name = "price_ccy", length = 3)) private Money price; @Column(name = "trade_date", nullable = false) private java.time.LocalDate tradeDate; @ElementCollection private Set<String> tags; }
