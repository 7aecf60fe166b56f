package test.desks;

import dev.tidemark.annotations.AcknowledgeDrop;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "desk")
@AcknowledgeDrop(columns = {"name",
    "risk_limits"})
public class Desk {
  @Id
  private long id;
}
