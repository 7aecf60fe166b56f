package oracle.crossschema;

import jakarta.persistence.*;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
@Entity @Table(name = "trade", schema = "trading") public class Trade { @Id @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "trade_ids") @SequenceGenerator(name = "trade_ids", sequenceName = "trade_seq", allocationSize = 100) private Long id; @ManyToOne(optional = false) private Book book; @ManyToOne(optional = false) private Instrument instrument; @ManyToOne private Venue venue; @ManyToOne(optional = false) @JoinColumn(name = "trader_id", foreignKey = @ForeignKey(name = "trade_trader_fk")) private Trader trader; @ManyToOne private Party counterparty; @Column(precision = 20, scale = 4, nullable = false) private BigDecimal quantity; private LocalDate tradeDate; @ElementCollection @CollectionTable(name = "trade_tags", schema = "trading") @Column(name = "tag", length = 30) private Set<String> tags; }
