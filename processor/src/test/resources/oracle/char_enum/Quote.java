package oracle.charenum;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

/** An enum stored by name in a column of length 1 is a char(1). */
@Entity
public class Quote {
  @Id
  private long id;

  @Enumerated(EnumType.STRING)
  @Column(length = 1)
  private Side side;

  public enum Side { B, S }
}
