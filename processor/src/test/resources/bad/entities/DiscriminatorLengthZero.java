// expect: [TidemarkBadValue] @DiscriminatorColumn(length = 0) on DiscriminatorLengthZero is invalid
// on: length = 0
package test.bad.entities;

import jakarta.persistence.*;

@Entity
@DiscriminatorColumn(name = "kind",
    length = 0)
public class DiscriminatorLengthZero {
  @Id
  private long id;
}

@Entity
class DiscriminatorLengthZeroChild extends DiscriminatorLengthZero {
  private String note;
}
