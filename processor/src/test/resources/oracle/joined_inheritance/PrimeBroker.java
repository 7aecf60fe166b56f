package oracle.joined;

import jakarta.persistence.Entity;
import java.math.BigDecimal;

@Entity
public class PrimeBroker extends Broker {
  private BigDecimal marginRate;
}
