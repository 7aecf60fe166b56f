package oracle.secondarykeys;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.Table;

@Entity
@Table(name = "instruments")
@Inheritance(strategy = InheritanceType.JOINED)
public class Instrument {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "instrument_id")
  private Long id;

  @Column(nullable = false, length = 24)
  private String symbol;
}
