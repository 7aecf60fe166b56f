package test.fills;

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
public class Trade {
  @Id
  private long id;

  @Id
  @Column(name = "trade_date")
  private LocalDate tradeDate;

  @Column(precision = 20, scale = 2)
  private BigDecimal notional;
}
