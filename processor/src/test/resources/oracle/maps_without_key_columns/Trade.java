package oracle.maps;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.math.BigDecimal;

@Entity
public class Trade {
  @Id
  private Long id;

  private BigDecimal quantity;
}
