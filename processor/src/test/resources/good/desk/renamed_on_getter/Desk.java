package test.desks;

import dev.tidemark.annotations.RenamedFrom;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** The renamed desk of {@code renamed/}, mapped through its getters. */
@Entity
@Table(name = "desk")
public class Desk {
  private long id;
  private String name;
  private BigDecimal limit;

  @Id
  public long getId() {
    return id;
  }

  public void setId(long id) {
    this.id = id;
  }

  @Column(nullable = false, length = 40)
  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  @RenamedFrom("risk_limit")
  @Column(name = "exposure_limit", precision = 20, scale = 2)
  public BigDecimal getExposureLimit() {
    return limit;
  }

  public void setExposureLimit(BigDecimal exposureLimit) {
    this.limit = exposureLimit;
  }
}
