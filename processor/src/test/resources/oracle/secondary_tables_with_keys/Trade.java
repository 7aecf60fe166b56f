package oracle.secondarykeys;

import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.SecondaryTable;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A composite key: the secondary table repeats both columns, and its foreign key spans them. */
@Entity
@Table(name = "trades")
@SecondaryTable(name = "trade_economics")
public class Trade {
  @EmbeddedId
  private TradeKey key;

  @Column(name = "trade_date", nullable = false)
  private LocalDate tradeDate;

  @Column(table = "trade_economics", precision = 20, scale = 8)
  private BigDecimal price;

  @Column(table = "trade_economics", precision = 20, scale = 4, nullable = false)
  private BigDecimal quantity;

  @Column(name = "accrued_interest", table = "trade_economics", precision = 20, scale = 2)
  private BigDecimal accruedInterest;
}
