package oracle.mixedsingle;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

@Embeddable
public class Limits {
  @Column(precision = 20, scale = 2)
  private BigDecimal soft;

  @Column(precision = 20, scale = 2)
  private BigDecimal hard;
}
