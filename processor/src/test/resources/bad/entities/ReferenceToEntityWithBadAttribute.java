// expect: [TidemarkUnsupportedType] Attribute ReferenceToEntityWithBadAttributeDesk.state has type java.lang.Object
// on: state;
package test.bad.entities;

import jakarta.persistence.*;

@Entity
public class ReferenceToEntityWithBadAttribute {
  @Id
  private long id;

  @ManyToOne
  private ReferenceToEntityWithBadAttributeDesk desk;
}

@Entity
class ReferenceToEntityWithBadAttributeDesk {
  @Id
  private long id;

  private Object state;
}
