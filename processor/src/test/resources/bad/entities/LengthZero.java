// expect: [TidemarkBadValue] @Column(length = 0) on LengthZero.name is invalid: a length must be at least 1
// on: length = 0
package test.bad.entities;

import jakarta.persistence.*;

@Entity
public class LengthZero {
  @Id
  private long id;

  @Column(length = 0)
  private String name;
}
