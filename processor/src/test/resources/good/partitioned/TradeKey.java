package test.fills;

import java.io.Serializable;
import java.time.LocalDate;

public class TradeKey implements Serializable {
  private long id;
  private LocalDate tradeDate;
}
