package oracle.ondeletecollections;

import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OneToMany;
import java.util.List;
import java.util.Set;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;

/** @OnDelete on a collection: the database deletes the rows that belong to a deleted owner. */
@Entity
public class Portfolio {
  @Id
  private long id;

  @OneToMany
  @JoinColumn(name = "portfolio_id")
  @OnDelete(action = OnDeleteAction.CASCADE)
  private List<Holding> holdings;

  @ElementCollection
  @OnDelete(action = OnDeleteAction.CASCADE)
  private Set<String> tags;

  @ManyToMany
  @OnDelete(action = OnDeleteAction.CASCADE)
  private Set<Holding> watched;
}
