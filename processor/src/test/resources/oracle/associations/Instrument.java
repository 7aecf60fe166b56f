package oracle.associations;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

@Entity
public class Instrument {
  @Id
  @GeneratedValue
  private Long id;

  private String symbol;

  @ManyToOne
  private Instrument underlying;
}
