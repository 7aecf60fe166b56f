package oracle.mixedsingle;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

@Entity
public class Trader {
  @Id
  private Long id;

  @ManyToOne
  private HedgeBook mainBook;
}
