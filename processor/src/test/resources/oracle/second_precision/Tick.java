package oracle.secondprecision;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;

/** JPA 3.2's secondPrecision sets the fractional digits of a time column. */
@Entity
public class Tick {
  @Id
  private long id;

  @Column(secondPrecision = 3)
  private Instant receivedAt;

  @Column(secondPrecision = 0)
  private LocalDateTime tradeTime;

  @Column(secondPrecision = 6)
  private LocalTime timeOfDay;

  @Column(secondPrecision = 2)
  private OffsetDateTime sentAt;
}
