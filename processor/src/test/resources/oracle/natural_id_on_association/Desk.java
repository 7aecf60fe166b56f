package oracle.naturalidassociation;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Desk {
  @Id
  private long id;
}
