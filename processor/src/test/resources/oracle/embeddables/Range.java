package oracle.embeddables;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;

@Embeddable
public class Range {
  @Embedded
  @AttributeOverrides({
    @AttributeOverride(name = "amount", column = @Column(name = "low_amount", precision = 20, scale = 4)),
    @AttributeOverride(name = "currency", column = @Column(name = "low_ccy", length = 3))
  })
  private Money low;

  @AttributeOverride(name = "amount", column = @Column(name = "high_amount"))
  @AttributeOverride(name = "currency", column = @Column(name = "high_ccy", length = 3))
  private Money high;
}
