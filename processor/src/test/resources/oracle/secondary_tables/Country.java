package oracle.secondary;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "countries")
public class Country {
  @Id
  @Column(name = "iso_code", length = 2)
  private String isoCode;

  @Column(nullable = false, length = 80)
  private String name;
}
