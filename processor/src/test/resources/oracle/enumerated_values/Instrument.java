package oracle.enumerated_values;

import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import java.util.Set;

@Entity
public class Instrument {
  @Id
  @GeneratedValue
  private Long id;

  @Column(nullable = false, length = 12)
  private String isin;

  @Column(nullable = false)
  private AssetClass assetClass;

  @Enumerated(EnumType.STRING)
  @Column(name = "primary_mic", length = 4)
  private Exchange primaryExchange;

  /** Other venues it trades on: an element collection of coded enums. */
  @ElementCollection
  @Enumerated(EnumType.STRING)
  private Set<Exchange> listings;
}
