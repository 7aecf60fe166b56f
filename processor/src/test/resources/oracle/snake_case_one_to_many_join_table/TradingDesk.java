package oracle.snakeonetomany;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import java.util.Set;

/** A one-to-many join table under snake_case naming. */
@Entity
public class TradingDesk {
  @Id
  private long deskId;

  @OneToMany
  private Set<SeatAssignment> seatAssignments;
}
