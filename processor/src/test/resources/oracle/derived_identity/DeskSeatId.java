package oracle.derived;

import java.io.Serializable;
import java.util.Objects;

public class DeskSeatId implements Serializable {
  private Long occupant;
  private String floor;

  @Override
  public boolean equals(Object other) {
    return other instanceof DeskSeatId id && Objects.equals(occupant, id.occupant) && Objects.equals(floor, id.floor);
  }

  @Override
  public int hashCode() {
    return Objects.hash(occupant, floor);
  }
}
