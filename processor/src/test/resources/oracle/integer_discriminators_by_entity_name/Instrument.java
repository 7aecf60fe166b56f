package oracle.intdiscriminators;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorColumn;
import jakarta.persistence.DiscriminatorType;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** No class names its value: Hibernate stores each entity name's String.hashCode(). */
@Entity
@DiscriminatorColumn(name = "kind", discriminatorType = DiscriminatorType.INTEGER)
public abstract class Instrument {
  @Id
  private Long id;

  @Column(nullable = false, length = 12)
  private String isin;
}
