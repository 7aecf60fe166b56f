package oracle.largetradingdesk;

import jakarta.persistence.*;
import java.math.BigDecimal;
import java.time.Instant;
@Entity @Table(indexes = @Index(name = "price_tick_instrument_time_idx", columnList = "instrument_id, observed_at desc")) public class PriceTick { @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id; @ManyToOne(optional = false, fetch = FetchType.LAZY) private Instrument instrument; @Column(name = "observed_at", nullable = false) private Instant observedAt; @Column(precision = 20, scale = 8) private BigDecimal bid; @Column(precision = 20, scale = 8) private BigDecimal ask; @Column(length = 16) private String source; }
