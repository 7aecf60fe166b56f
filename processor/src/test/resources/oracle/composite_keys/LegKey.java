package oracle.keys;

import jakarta.persistence.Embeddable;
import java.io.Serializable;

@Embeddable
public class LegKey implements Serializable {
  private Long tradeId;
  private int legNo;
}
