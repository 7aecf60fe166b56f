package oracle.embeddables;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class RiskLimit {
  @Id
  private long id;

  @Embedded
  private Money notional;

  private Range band;

  @AttributeOverride(name = "low.amount", column = @Column(name = "stop_low", precision = 20, scale = 4))
  @AttributeOverride(name = "low.currency", column = @Column(name = "stop_low_ccy", length = 3))
  @AttributeOverride(name = "high.amount", column = @Column(name = "stop_high"))
  @AttributeOverride(name = "high.currency", column = @Column(name = "stop_high_ccy", length = 3))
  private Range stopBand;

  private Coordinates venue;
}
