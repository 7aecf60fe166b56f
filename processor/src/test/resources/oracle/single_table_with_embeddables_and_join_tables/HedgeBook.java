package oracle.mixedsingle;

import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.ManyToMany;
import java.util.Set;

@Entity
@DiscriminatorValue("HEDGE")
public class HedgeBook extends Book {
  private int hedgeRatio;

  @ManyToMany
  private Set<Trader> hedgers;

  @ElementCollection
  private Set<String> instruments;
}
