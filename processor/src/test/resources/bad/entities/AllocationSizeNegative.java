// expect: [TidemarkBadValue] @SequenceGenerator(allocationSize = -5) on AllocationSizeNegative.id is invalid
// on: allocationSize = -5
package test.bad.entities;

import jakarta.persistence.*;

@Entity
@SequenceGenerator(name = "gen",
    allocationSize = -5)
public class AllocationSizeNegative {
  @Id
  @GeneratedValue(generator = "gen")
  private long id;
}
