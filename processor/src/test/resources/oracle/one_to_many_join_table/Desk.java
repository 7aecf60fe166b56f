package oracle.onetomanyjointable;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinTable;
import jakarta.persistence.Table;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderColumn;
import java.util.List;
import java.util.Set;

/** A @OneToMany without @JoinColumn keeps its links in a join table, each target once. */
@Entity
@Table(name = "desks")
public class Desk {
  @Id
  private long id;

  @OneToMany
  private Set<Trader> traders;

  @OneToMany
  @JoinTable(name = "desk_alumni")
  private List<Trader> alumni;

  @OneToMany
  @OrderColumn
  @JoinTable(name = "desk_rota")
  private List<Trader> rota;
}
