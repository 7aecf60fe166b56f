package oracle.elementnotnull;

import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.util.List;
import java.util.Set;

/** A set whose values cannot be null has its values in its primary key. */
@Entity
public class Watchlist {
  @Id
  private long id;

  @ElementCollection
  @Column(nullable = false, length = 12)
  private Set<String> symbols;

  @ElementCollection
  @Column(nullable = false)
  private List<String> notes;
}
