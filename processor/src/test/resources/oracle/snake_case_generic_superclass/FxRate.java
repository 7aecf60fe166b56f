package oracle.snakegeneric;

import jakarta.persistence.Entity;
import java.math.BigDecimal;

/** A generic mapped superclass under snake_case naming. */
@Entity
public class FxRate extends Keyed<String, BigDecimal> {
  private String baseCurrency;
}
