package oracle.temporaltime;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Temporal;
import jakarta.persistence.TemporalType;
import java.util.Calendar;
import java.util.Date;

/** @Temporal(TIME) stores only the time of day. */
@Entity
public class Fixing {
  @Id
  private long id;

  @Temporal(TemporalType.TIME)
  private Date fixingTime;

  @Temporal(TemporalType.TIMESTAMP)
  private Date fixedAt;

  @Temporal(TemporalType.DATE)
  private Calendar fixingDay;
}
