package oracle.stringkeys;

import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.util.List;

/** A string key of its own length: referencing columns take that length. */
@Entity
public class Instrument {
  @Id
  @Column(length = 12)
  private String isin;

  @ElementCollection
  private List<String> venues;
}
