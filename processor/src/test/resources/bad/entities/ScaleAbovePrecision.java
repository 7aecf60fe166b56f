// expect: [TidemarkBadValue] @Column(scale = 6) on ScaleAbovePrecision.price is invalid: the scale cannot exceed the precision (4)
// on: scale = 6
package test.bad.entities;

import jakarta.persistence.*;

@Entity
public class ScaleAbovePrecision {
  @Id
  private long id;

  @Column(precision = 4,
      scale = 6)
  private java.math.BigDecimal price;
}
