package oracle.derived;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;

/** A one-to-one in the key: its join column is a key column, not a unique one. */
@Entity
@IdClass(DeskSeatId.class)
public class DeskSeat {
  @Id
  @OneToOne
  @JoinColumn(name = "occupant")
  private Trader occupant;

  @Id
  @Column(length = 8)
  private String floor;
}
