package oracle.generators;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

@Entity(name = "Execution")
public class Fill {
  @Id
  @GeneratedValue
  private Long id;
}
