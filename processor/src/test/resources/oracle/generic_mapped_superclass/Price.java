package oracle.genericsuper;

import jakarta.persistence.Entity;
import java.math.BigDecimal;

@Entity
public class Price extends Record<Long, BigDecimal, Desk> {
  private String currency;
}
