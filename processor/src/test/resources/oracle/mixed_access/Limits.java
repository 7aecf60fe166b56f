package oracle.mixedaccess;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

@Embeddable
public class Limits {
  private BigDecimal gross;
  private BigDecimal net;

  @Column(name = "gross_limit", precision = 18, scale = 2)
  public BigDecimal getGrossLimit() {
    return gross;
  }

  public void setGrossLimit(BigDecimal grossLimit) {
    this.gross = grossLimit;
  }

  @Column(name = "net_limit", precision = 18, scale = 2)
  public BigDecimal getNetLimit() {
    return net;
  }

  public void setNetLimit(BigDecimal netLimit) {
    this.net = netLimit;
  }
}
