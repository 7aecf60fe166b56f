package oracle.mixedcollections;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Holding {
  @Id
  private long id;
}
