// expect: [TidemarkBadValue] @Column(length = 0) on ElementCollectionValueLengthZero.tags is invalid
// on: length = 0
package test.bad.entities;

import jakarta.persistence.*;

@Entity
public class ElementCollectionValueLengthZero {
  @Id
  private long id;

  @ElementCollection
  @Column(length = 0)
  private java.util.List<String> tags;
}
