package oracle.ondeletenamed;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import java.util.Set;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;

/** Named join and collection tables with named foreign keys that cascade deletes. */
@Entity
public class Strategy {
  @Id
  private long id;

  @ManyToMany
  @JoinTable(name = "strategy_signal", joinColumns = @JoinColumn(name = "strategy_id"),
      foreignKey = @ForeignKey(name = "fk_strategy_signal_owner"))
  @OnDelete(action = OnDeleteAction.CASCADE)
  private Set<Signal> signals;

  @ElementCollection
  @CollectionTable(name = "strategy_param", joinColumns = @JoinColumn(name = "strategy_id"),
      foreignKey = @ForeignKey(name = "fk_strategy_param_owner"))
  @OnDelete(action = OnDeleteAction.CASCADE)
  private Set<String> parameters;
}
