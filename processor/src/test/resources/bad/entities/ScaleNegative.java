// expect: [TidemarkBadValue] @Column(scale = -1) on ScaleNegative.price is invalid
// on: scale = -1
package test.bad.entities;

import jakarta.persistence.*;

@Entity
public class ScaleNegative {
  @Id
  private long id;

  @Column(precision = 10,
      scale = -1)
  private java.math.BigDecimal price;
}
