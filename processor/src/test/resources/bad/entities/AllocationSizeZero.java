// expect: [TidemarkBadValue] @SequenceGenerator(allocationSize = 0) on AllocationSizeZero.id is invalid
// on: allocationSize = 0
package test.bad.entities;

import jakarta.persistence.*;

@Entity
public class AllocationSizeZero {
  @Id
  @GeneratedValue(generator = "gen")
  @SequenceGenerator(name = "gen",
      allocationSize = 0)
  private long id;
}
