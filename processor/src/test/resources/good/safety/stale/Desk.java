package test.desks;

import dev.tidemark.annotations.Acknowledge;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;

@Entity
@Table(name = "desk")
@Acknowledge(rule = "TM102", on = "legacy_code", reason = "dropped two releases ago")
public class Desk {
  @Id
  private long id;

  @Column(nullable = false, length = 40)
  private String name;

  @Column(name = "risk_limit", precision = 20, scale = 2)
  private BigDecimal riskLimit;
}
