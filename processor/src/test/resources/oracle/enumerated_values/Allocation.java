package oracle.enumerated_values;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import java.math.BigDecimal;
import java.util.Map;

/** An order's fills split per exchange: a map keyed by a coded enum. */
@Entity
public class Allocation {
  @Id
  @GeneratedValue
  private Long id;

  @ManyToOne(optional = false)
  private TradeOrder tradeOrder;

  @ElementCollection
  @CollectionTable(name = "allocation_quantity")
  @MapKeyColumn(name = "mic", length = 4)
  @MapKeyEnumerated(EnumType.STRING)
  @Column(name = "quantity", precision = 18, scale = 4)
  private Map<Exchange, BigDecimal> quantityByExchange;

  private AssetClass bookedAs;
}
