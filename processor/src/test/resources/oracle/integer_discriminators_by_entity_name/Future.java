package oracle.intdiscriminators;

import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;

/** An explicit value beside the derived ones. */
@Entity
@DiscriminatorValue("7")
public class Future extends Instrument {
  private int contractSize;
}
