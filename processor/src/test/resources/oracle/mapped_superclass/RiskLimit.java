package oracle.superclass;

import jakarta.persistence.Entity;
import java.math.BigDecimal;

@Entity
public class RiskLimit extends Identified<Long> {
  private BigDecimal maxNotional;
}
