package oracle.derived;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.ManyToOne;
import java.math.BigDecimal;

/** Derived identity through @IdClass: the join columns are key columns, each with its foreign key. */
@Entity
@IdClass(AllocationId.class)
public class Allocation {
  @Id
  @ManyToOne
  private Trader trader;

  @Id
  @ManyToOne
  private Book book;

  @Id
  private int slot;

  private BigDecimal amount;
}
