package oracle.secondarykeys;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Objects;

@Embeddable
public class TradeKey implements Serializable {
  @Column(name = "book_code", length = 12)
  private String bookCode;

  @Column(name = "trade_no")
  private long tradeNumber;

  @Override
  public boolean equals(Object other) {
    return other instanceof TradeKey key && key.tradeNumber == tradeNumber && Objects.equals(key.bookCode, bookCode);
  }

  @Override
  public int hashCode() {
    return Objects.hash(bookCode, tradeNumber);
  }
}
