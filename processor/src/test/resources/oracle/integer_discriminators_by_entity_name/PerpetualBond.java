package oracle.intdiscriminators;

import jakarta.persistence.Entity;

/** The entity name, not the class name, is hashed. */
@Entity(name = "Perpetual")
public class PerpetualBond extends Bond {
  private int callNoticeDays;
}
