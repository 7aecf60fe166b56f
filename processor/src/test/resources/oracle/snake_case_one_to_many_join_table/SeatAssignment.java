package oracle.snakeonetomany;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class SeatAssignment {
  @Id
  private long assignmentId;
}
