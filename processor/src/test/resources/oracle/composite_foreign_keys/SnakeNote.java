package oracle.compositefk;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

@Entity
public class SnakeNote {
  @Id
  private long id;

  @ManyToOne(optional = false)
  private Position notedPosition;
}
