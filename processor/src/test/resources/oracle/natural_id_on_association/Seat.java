package oracle.naturalidassociation;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import org.hibernate.annotations.NaturalId;

/** A natural id may include an association: its join column joins the natural id's unique key. */
@Entity
public class Seat {
  @Id
  private long id;

  @NaturalId
  @ManyToOne
  private Desk desk;

  @NaturalId
  private int number;
}
