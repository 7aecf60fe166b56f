package oracle.keys;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import java.math.BigDecimal;

@Entity
@IdClass(PositionKey.class)
public class Position {
  @Id
  @Column(length = 16)
  private String symbol;

  @Id
  private Long account;

  @Column(precision = 20, scale = 4)
  private BigDecimal quantity;
}
