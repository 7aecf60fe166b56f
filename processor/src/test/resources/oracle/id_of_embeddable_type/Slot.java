package oracle.embeddableid;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

/** An @Id whose type is an @Embeddable is a composite key, as if it were an @EmbeddedId. */
@Entity
public class Slot {
  @Id
  private SlotKey key;

  private String label;

  @ManyToOne
  private Slot previous;
}
