package oracle.generators;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;

@Entity
public class Instrument {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "instrument_gen")
  @SequenceGenerator(name = "instrument_gen", sequenceName = "instrument_ids", initialValue = 1000, allocationSize = 10)
  private Integer id;
}
