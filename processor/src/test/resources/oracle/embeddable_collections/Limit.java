package oracle.embeddablecollections;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

@Embeddable
public class Limit {
  @Column(length = 3, nullable = false)
  private String currency;

  @Column(precision = 18, scale = 2)
  private BigDecimal amount;

  private int priority;
}
