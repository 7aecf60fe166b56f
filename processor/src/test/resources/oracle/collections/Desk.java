package oracle.collections;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Desk {
  @Id
  private Integer id;
}
