// expect: [TidemarkUnknownTarget] OneToManyToNonEntity.names refers to java.lang.String
// on: @JoinColumn
package test.bad.entities;

import jakarta.persistence.*;

@Entity
public class OneToManyToNonEntity {
  @Id
  private long id;

  @OneToMany
  @JoinColumn(name = "owner_id")
  private java.util.List<String> names;
}
