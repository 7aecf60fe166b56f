package oracle.legacyproperty;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorColumn;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.Table;

@Entity
@Table(name = "INSTRUMENT")
@Inheritance(strategy = InheritanceType.SINGLE_TABLE)
@DiscriminatorColumn(name = "KIND", length = 8)
@DiscriminatorValue("GENERIC")
public class Instrument extends PersistentObject {
  private String isin;
  private String label;

  @Column(length = 12, nullable = false, unique = true)
  public String getIsin() {
    return isin;
  }

  public void setIsin(String isin) {
    this.isin = isin;
  }

  @Column(name = "DESCRIPTION", length = 200)
  public String getDescription() {
    return label;
  }

  public void setDescription(String description) {
    this.label = description;
  }
}
