package oracle.repeatedchecks;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import org.hibernate.annotations.Check;

/** Several @Check annotations on one class or attribute, each its own constraint. */
@Entity
@Check(name = "limit_positive", constraints = "amount > 0")
@Check(name = "limit_below_cap", constraints = "amount <= cap")
public class Limit {
  @Id
  private long id;

  private long amount;

  @Check(name = "cap_positive", constraints = "cap > 0")
  @Check(name = "cap_bounded", constraints = "cap < 1000000000")
  private long cap;
}
