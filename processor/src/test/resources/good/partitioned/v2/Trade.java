package test.fills;

import dev.tidemark.annotations.RangePartitioned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

@Entity
@Table(name = "trades")
@IdClass(TradeKey.class)
@RangePartitioned(column = "trade_date", interval = "1 month", premake = 6, retention = "24 months")
public class Trade {
  @Id
  private long id;

  @Id
  @Column(name = "trade_date")
  private LocalDate tradeDate;

  @Column(precision = 20, scale = 2)
  private BigDecimal notional;
}
