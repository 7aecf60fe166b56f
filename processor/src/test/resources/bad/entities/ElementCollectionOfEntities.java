// expect: [TidemarkUnsupportedMapping] This @ElementCollection (ElementCollectionOfEntities.items)
// on: items;
package test.bad.entities;

import jakarta.persistence.*;

@Entity
public class ElementCollectionOfEntities {
  @Id
  private long id;

  @ElementCollection
  private java.util.List<ElementCollectionOfEntitiesItem> items;
}

@Entity
class ElementCollectionOfEntitiesItem {
  @Id
  private long id;
}
