package oracle.embeddedprecision;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** secondPrecision inside an embeddable, and on a legacy Date. */
@Entity
public class Execution {
  @Id
  private long id;

  @Embedded
  private Timing timing;
}
