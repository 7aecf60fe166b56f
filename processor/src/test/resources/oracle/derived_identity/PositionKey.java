package oracle.derived;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

@Embeddable
public class PositionKey implements Serializable {
  @Column(name = "book_ref", length = 12)
  private String bookCode;

  @Column(length = 16)
  private String symbol;

  private LocalDate asOf;

  @Override
  public boolean equals(Object other) {
    return other instanceof PositionKey key && Objects.equals(bookCode, key.bookCode)
        && Objects.equals(symbol, key.symbol) && Objects.equals(asOf, key.asOf);
  }

  @Override
  public int hashCode() {
    return Objects.hash(bookCode, symbol, asOf);
  }
}
