package oracle.ondeletenamed;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Signal {
  @Id
  private long id;
}
