package oracle.primitiveembeddable;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A primitive inside an embeddable may be null in the table: the embeddable as a whole may be absent. */
@Entity
public class Position {
  @Id
  private long id;

  @Embedded
  private Quantity quantity;

  private int lots;
}
