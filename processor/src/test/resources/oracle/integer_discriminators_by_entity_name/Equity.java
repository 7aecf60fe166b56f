package oracle.intdiscriminators;

import jakarta.persistence.Entity;

@Entity
public class Equity extends Instrument {
  private long sharesOutstanding;
}
