// expect: [TidemarkUnsupportedType] Attribute IdOfUnsupportedType.id has type java.lang.Object
// on: private Object id;
package test.bad.entities;

import jakarta.persistence.*;

@Entity
public class IdOfUnsupportedType {
  @Id
  private Object id;
}
