// expect: [TidemarkBadValue] @Column(precision = -3) on PrecisionNegative.price is invalid
// on: precision = -3
package test.bad.entities;

import jakarta.persistence.*;

@Entity
public class PrecisionNegative {
  @Id
  private long id;

  @Column(precision = -3)
  private java.math.BigDecimal price;
}
