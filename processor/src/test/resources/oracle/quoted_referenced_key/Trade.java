package oracle.quotedreference;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

/** A join column named after a quoted key column is quoted too, keeping its case. */
@Entity
public class Trade {
  @Id
  private long id;

  @ManyToOne
  private Desk desk;
}
