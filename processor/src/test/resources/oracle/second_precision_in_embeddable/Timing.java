package oracle.embeddedprecision;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Temporal;
import jakarta.persistence.TemporalType;
import java.time.Instant;
import java.util.Date;

@Embeddable
public class Timing {
  @Column(secondPrecision = 3)
  private Instant sentAt;

  @Temporal(TemporalType.TIMESTAMP)
  @Column(secondPrecision = 0)
  private Date booked;
}
