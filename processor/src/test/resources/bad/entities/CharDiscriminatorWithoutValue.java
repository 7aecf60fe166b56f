// expect: [TidemarkBadValue] A CHAR discriminator without @DiscriminatorValue on CharDiscriminatorWithoutValueSquare is invalid
// on: class CharDiscriminatorWithoutValueSquare
package test.bad.entities;

import jakarta.persistence.*;

@Entity
@DiscriminatorColumn(discriminatorType = DiscriminatorType.CHAR)
@DiscriminatorValue("S")
public abstract class CharDiscriminatorWithoutValue {
  @Id
  private long id;
}

@Entity
class CharDiscriminatorWithoutValueSquare extends CharDiscriminatorWithoutValue {
  private int side;
}
