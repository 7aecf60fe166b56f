package oracle.derived;

import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapsId;
import java.math.BigDecimal;

/** One attribute of the embedded key comes from the book: its column is the join column. */
@Entity
public class Position {
  @EmbeddedId
  private PositionKey key;

  @MapsId("bookCode")
  @ManyToOne
  private Book book;

  private BigDecimal quantity;
}
