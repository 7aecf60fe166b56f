// expect: [TidemarkDuplicateColumn] Entity DuplicateColumn maps two attributes to column price
// on: ask;
package test.bad.entities;

import jakarta.persistence.*;

@Entity
public class DuplicateColumn {
  @Id
  private long id;

  @Column(name = "price")
  private java.math.BigDecimal bid;

  @Column(name = "PRICE")
  private java.math.BigDecimal ask;
}
