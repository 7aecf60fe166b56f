package test.desks;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import java.math.BigDecimal;

@Entity
@Table(name = "desk", indexes = @Index(name = "desk_name_idx", columnList = "name"))
public class Desk {
  @Id
  private long id;

  @Column(nullable = false, length = 40)
  private String name;

  @Column(name = "risk_limit", precision = 20, scale = 2)
  private BigDecimal riskLimit;
}
