package oracle.quotedjointables;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import java.util.Set;

/** Quoted names of join and collection tables keep their case. */
@Entity
public class Desk {
  @Id
  private long id;

  @ManyToMany
  @JoinTable(name = "`DeskTraders`")
  private Set<Trader> traders;

  @ElementCollection
  @CollectionTable(name = "`DeskTags`")
  private Set<String> tags;
}
