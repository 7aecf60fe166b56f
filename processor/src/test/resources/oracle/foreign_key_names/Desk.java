package oracle.fknames;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Desk {
  @Id
  private long id;
}
