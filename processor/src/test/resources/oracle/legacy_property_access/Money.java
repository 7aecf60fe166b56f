package oracle.legacyproperty;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

@Embeddable
public class Money {
  private BigDecimal value;
  private String ccy;

  @Column(precision = 19, scale = 4)
  public BigDecimal getAmount() {
    return value;
  }

  public void setAmount(BigDecimal amount) {
    this.value = amount;
  }

  @Column(length = 3)
  public String getCurrency() {
    return ccy;
  }

  public void setCurrency(String currency) {
    this.ccy = currency;
  }
}
