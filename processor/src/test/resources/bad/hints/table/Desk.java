package test.desks;

import dev.tidemark.annotations.RenamedFrom;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;

@Entity
@Table(name = "trading_desk")
@RenamedFrom("dsek")
public class Desk {
  @Id
  private long id;

  @Column(nullable = false, length = 40)
  private String name;

  @Column(name = "risk_limit", precision = 20, scale = 2)
  private BigDecimal riskLimit;
}
