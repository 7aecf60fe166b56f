// expect: [TidemarkBadValue] @Column(length = -1) on LengthNegative.name is invalid
// on: length = -1
package test.bad.entities;

import jakarta.persistence.*;

@Entity
public class LengthNegative {
  @Id
  private long id;

  @Column(length = -1)
  private String name;
}
