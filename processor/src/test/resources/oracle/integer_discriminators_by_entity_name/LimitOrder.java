package oracle.intdiscriminators;

import jakarta.persistence.Entity;
import java.math.BigDecimal;

@Entity
public class LimitOrder extends Order {
  private BigDecimal limitPrice;
}
