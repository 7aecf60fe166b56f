package oracle.embeddables;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

@Embeddable
public class Money {
  @Column(precision = 20, scale = 4)
  private BigDecimal amount;

  @Column(length = 3)
  private String currency;
}
