package oracle.maps;

import jakarta.persistence.ElementCollection;
import jakarta.persistence.EnumType;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.MapKey;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.OneToMany;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/** Maps keyed without @MapKeyColumn: Hibernate names the key column <attribute>_KEY. */
@Entity
public class Portfolio {
  @Id
  @GeneratedValue
  private Long id;

  private String name;

  @ElementCollection
  private Map<String, BigDecimal> targetWeights = new HashMap<>();

  @ElementCollection
  private Map<AssetClass, Integer> positionLimits = new HashMap<>();

  @ElementCollection
  @MapKeyEnumerated(EnumType.STRING)
  private Map<AssetClass, String> mandateNotes = new HashMap<>();

  @ElementCollection
  private Map<LocalDate, Valuation> valuations = new HashMap<>();

  /** @MapKey keys the map by the target's id: the join table needs nothing more. */
  @OneToMany
  @MapKey
  private Map<Long, Holding> holdingsById = new HashMap<>();

  /** Without @MapKey the join table holds the key: <attribute>_KEY. */
  @OneToMany
  @JoinTable(name = "portfolio_hedges")
  private Map<String, Holding> hedgesByDesk = new HashMap<>();

  @OneToMany(mappedBy = "portfolio")
  @MapKey(name = "symbol")
  private Map<String, Watch> watches = new HashMap<>();

  @OneToMany
  @JoinColumn(name = "portfolio_id")
  @MapKey
  private Map<Long, Trade> trades = new HashMap<>();

  @ManyToMany
  private Map<String, Analyst> coverage = new HashMap<>();

  @ManyToMany
  @MapKey
  private Map<Long, Benchmark> benchmarks = new HashMap<>();
}
