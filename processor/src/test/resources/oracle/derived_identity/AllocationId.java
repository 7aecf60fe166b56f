package oracle.derived;

import java.io.Serializable;
import java.util.Objects;

public class AllocationId implements Serializable {
  private Long trader;
  private String book;
  private int slot;

  @Override
  public boolean equals(Object other) {
    return other instanceof AllocationId id && Objects.equals(trader, id.trader) && Objects.equals(book, id.book)
        && slot == id.slot;
  }

  @Override
  public int hashCode() {
    return Objects.hash(trader, book, slot);
  }
}
