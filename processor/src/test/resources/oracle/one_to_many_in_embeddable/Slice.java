package oracle.embeddedonetomany;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.math.BigDecimal;

@Entity
public class Slice {
  @Id
  private Long id;

  private BigDecimal quantity;
}
