package oracle.snakeembeddablecollections;

import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.math.BigDecimal;
import java.util.List;

/** An element collection of embeddables under snake_case naming. */
@Entity
public class TradingBook {
  @Id
  private long bookId;

  @ElementCollection
  private List<RiskLimit> riskLimits;

  @Embeddable
  public static class RiskLimit {
    private String limitType;

    private BigDecimal maxExposure;
  }
}
