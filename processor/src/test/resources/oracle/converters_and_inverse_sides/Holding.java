package oracle.converters;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

@Entity
public class Holding {
  @Id
  private long id;

  @ManyToOne(optional = false)
  private Portfolio portfolio;
}
