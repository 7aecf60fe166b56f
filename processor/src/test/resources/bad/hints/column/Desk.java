package test.desks;

import dev.tidemark.annotations.RenamedFrom;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;

@Entity
@Table(name = "desk")
public class Desk {
  @Id
  private long id;

  @Column(nullable = false, length = 40)
  private String name;

  @RenamedFrom("risk_limt")
  @Column(name = "exposure_limit", precision = 20, scale = 2)
  private BigDecimal exposureLimit;
}
