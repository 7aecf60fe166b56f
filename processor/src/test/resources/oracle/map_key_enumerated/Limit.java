package oracle.mapkeyenumerated;

import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Id;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import java.math.BigDecimal;
import java.util.Map;

/** An enum map key is stored as the enum is, with the same check. */
@Entity
public class Limit {
  @Id
  private long id;

  @ElementCollection
  @MapKeyEnumerated(EnumType.STRING)
  @MapKeyColumn(name = "side")
  private Map<Side, BigDecimal> bySide;

  @ElementCollection
  @MapKeyColumn(name = "tenor")
  private Map<Tenor, BigDecimal> byTenor;

  public enum Side { BUY, SELL }

  public enum Tenor { SPOT, ONE_MONTH, THREE_MONTHS }
}
