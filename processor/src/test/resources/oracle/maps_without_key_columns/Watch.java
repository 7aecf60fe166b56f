package oracle.maps;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

@Entity
public class Watch {
  @Id
  private Long id;

  private String symbol;

  @ManyToOne
  private Portfolio portfolio;
}
