package oracle.derived;

import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.MapsId;
import jakarta.persistence.OneToOne;

/** The whole composite key comes from the position. */
@Entity
public class PositionRisk {
  @EmbeddedId
  private PositionKey key;

  @MapsId
  @OneToOne
  private Position position;

  private double valueAtRisk;
}
