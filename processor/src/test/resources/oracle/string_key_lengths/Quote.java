package oracle.stringkeys;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

@Entity
public class Quote {
  @Id
  private long id;

  @ManyToOne(optional = false)
  private Instrument instrument;
}
