// expect: [TidemarkUnsupportedMapping] This @ManyToMany (ManyToManyToNonEntity.tags)
// on: tags;
package test.bad.entities;

import jakarta.persistence.*;

@Entity
public class ManyToManyToNonEntity {
  @Id
  private long id;

  @ManyToMany
  private java.util.Set<String> tags;
}
