package oracle.keys;

import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;

@Entity
public class Leg {
  @EmbeddedId
  private LegKey key;

  private String side;
}
