package oracle.fknames;

import java.io.Serializable;
import java.util.Objects;

public class TraderKey implements Serializable {
  private String desk;
  private int seat;

  @Override
  public boolean equals(Object other) {
    return other instanceof TraderKey key && key.desk.equals(desk) && key.seat == seat;
  }

  @Override
  public int hashCode() {
    return Objects.hash(desk, seat);
  }
}
