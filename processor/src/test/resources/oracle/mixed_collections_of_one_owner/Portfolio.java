package oracle.mixedcollections;

import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderColumn;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** One owner with every kind of collection side by side. */
@Entity
public class Portfolio {
  @Id
  private String code;

  @OneToMany
  @JoinColumn(name = "portfolio_code")
  @OrderColumn(name = "rank")
  private List<Holding> holdings;

  @OneToMany
  private Set<Holding> archived;

  @ManyToMany
  @JoinTable(name = "portfolio_watch")
  private List<Holding> watched;

  @ElementCollection
  @MapKeyColumn(name = "currency", length = 3)
  private Map<String, BigDecimal> cash;

  @ElementCollection
  @OrderColumn
  private List<String> notes;
}
