package oracle.embeddablecollections;

import jakarta.persistence.Embeddable;
import java.time.LocalTime;

@Embeddable
public class Window {
  private LocalTime opens;

  private LocalTime closes;
}
