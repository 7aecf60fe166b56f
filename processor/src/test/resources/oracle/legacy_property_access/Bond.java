package oracle.legacyproperty;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import java.math.BigDecimal;
import java.time.LocalDate;

@Entity
@DiscriminatorValue("BOND")
public class Bond extends Instrument {
  private BigDecimal coupon;
  private LocalDate maturity;
  private int frequency;

  @Column(precision = 7, scale = 4)
  public BigDecimal getCoupon() {
    return coupon;
  }

  public void setCoupon(BigDecimal coupon) {
    this.coupon = coupon;
  }

  public LocalDate getMaturity() {
    return maturity;
  }

  public void setMaturity(LocalDate maturity) {
    this.maturity = maturity;
  }

  /** A primitive of a subclass: required only in bond rows. */
  public int getCouponFrequency() {
    return frequency;
  }

  public void setCouponFrequency(int frequency) {
    this.frequency = frequency;
  }
}
