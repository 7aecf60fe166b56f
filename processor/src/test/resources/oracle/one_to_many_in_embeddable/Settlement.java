package oracle.embeddedonetomany;

import jakarta.persistence.Embeddable;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

@Embeddable
public class Settlement {
  private LocalDate settleDate;

  @OneToMany
  @JoinColumn(name = "settled_order")
  private Set<Instruction> instructions = new HashSet<>();
}
