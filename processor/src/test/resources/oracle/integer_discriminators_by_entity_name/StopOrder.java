package oracle.intdiscriminators;

import jakarta.persistence.Entity;
import java.math.BigDecimal;

@Entity
public class StopOrder extends Order {
  private BigDecimal stopPrice;
}
