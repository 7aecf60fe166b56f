package oracle.orderedjoincolumn;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderColumn;
import java.util.List;

/** The order column of a @OneToMany @JoinColumn lives beside the join column, in the target's table. */
@Entity
public class Basket {
  @Id
  private long id;

  @OneToMany
  @JoinColumn(name = "basket_id")
  @OrderColumn(name = "position")
  private List<Leg> legs;
}
