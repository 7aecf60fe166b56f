package oracle.quotedjointables;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Trader {
  @Id
  private long id;
}
