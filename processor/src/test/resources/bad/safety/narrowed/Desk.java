package test.desks;

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

  @Column(nullable = false, length = 20)
  private String name;

  @Column(name = "risk_limit", precision = 20, scale = 2)
  private BigDecimal riskLimit;
}
