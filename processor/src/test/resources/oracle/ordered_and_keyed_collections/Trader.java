package oracle.orderedcollections;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Trader {
  @Id
  private long id;
}
