package oracle.embeddableid;

import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Objects;

@Embeddable
public class SlotKey implements Serializable {
  private String book;
  private int slotNumber;

  @Override
  public boolean equals(Object other) {
    return other instanceof SlotKey key && key.book.equals(book) && key.slotNumber == slotNumber;
  }

  @Override
  public int hashCode() {
    return Objects.hash(book, slotNumber);
  }
}
