package oracle.embeddedonetomany;

import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderColumn;
import java.util.ArrayList;
import java.util.List;

/** Collections declared inside an embeddable put their join and order columns in the targets' tables. */
@Embeddable
public class Execution {
  @OneToMany
  @JoinColumn(name = "order_id")
  @OrderColumn
  private List<Fill> fills = new ArrayList<>();

  @OneToMany
  @JoinColumn
  @OrderColumn(name = "slice_no")
  private List<Slice> slices = new ArrayList<>();

  private int fillCount;

  @Embedded
  private Settlement settlement;
}
