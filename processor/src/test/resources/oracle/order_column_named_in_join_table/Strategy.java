package oracle.namedorder;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Strategy {
  @Id
  private String code;
}
