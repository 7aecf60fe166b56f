package oracle.namedorder;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OrderColumn;
import java.util.List;

/** A named order column keys an ordered many-to-many join table with the owner. */
@Entity
public class Playlist {
  @Id
  private long id;

  @ManyToMany
  @OrderColumn(name = "slot")
  private List<Strategy> strategies;
}
