// expect: [TidemarkUnsupportedType] Attribute MapKeyOfObjects.labels (map key) has type java.lang.Object
// on: @MapKeyColumn
package test.bad.entities;

import jakarta.persistence.*;

@Entity
public class MapKeyOfObjects {
  @Id
  private long id;

  @ElementCollection
  @MapKeyColumn(name = "label")
  private java.util.Map<Object, String> labels;
}
