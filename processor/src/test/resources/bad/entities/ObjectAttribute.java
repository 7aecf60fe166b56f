// expect: [TidemarkUnsupportedType] Attribute ObjectAttribute.payload has type java.lang.Object
// on: payload;
package test.bad.entities;

import jakarta.persistence.*;

@Entity
public class ObjectAttribute {
  @Id
  private long id;

  private Object payload;
}
