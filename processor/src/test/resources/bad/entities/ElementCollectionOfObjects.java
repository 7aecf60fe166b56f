// expect: [TidemarkUnsupportedType] Attribute ElementCollectionOfObjects.things has type java.lang.Object
// on: things;
package test.bad.entities;

import jakarta.persistence.*;

@Entity
public class ElementCollectionOfObjects {
  @Id
  private long id;

  @ElementCollection
  private java.util.List<Object> things;
}
