// expect: [TidemarkUnsupportedType] Attribute CollectionOfRefusedEntitiesTag.id has type java.lang.Object
// on: private Object id;
package test.bad.entities;

import jakarta.persistence.*;

@Entity
public class CollectionOfRefusedEntities {
  @Id
  private long id;

  @ManyToMany
  private java.util.Set<CollectionOfRefusedEntitiesTag> tags;

  @OneToMany
  @JoinColumn(name = "owner_id")
  private java.util.List<CollectionOfRefusedEntitiesTag> more;
}

@Entity
class CollectionOfRefusedEntitiesTag {
  @Id
  private Object id;
}
