package oracle.derived;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapsId;
import jakarta.persistence.OneToOne;
import java.math.BigDecimal;

@Entity
public class TraderLimits {
  @Id
  private Long traderId;

  @MapsId
  @OneToOne
  @JoinColumn(name = "trader")
  private Trader trader;

  private BigDecimal dailyLoss;
}
