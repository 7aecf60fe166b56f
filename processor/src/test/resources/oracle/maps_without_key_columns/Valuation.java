package oracle.maps;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

@Embeddable
public class Valuation {
  @Column(precision = 20, scale = 4)
  private BigDecimal marketValue;

  @Column(length = 3)
  private String currency;
}
