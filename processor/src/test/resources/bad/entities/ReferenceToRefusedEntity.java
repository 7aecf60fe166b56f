// expect: [TidemarkNoId] Entity ReferenceToRefusedEntityDesk has no @Id
// on: class ReferenceToRefusedEntityDesk
package test.bad.entities;

import jakarta.persistence.*;

@Entity
public class ReferenceToRefusedEntity {
  @Id
  private long id;

  @ManyToOne
  private ReferenceToRefusedEntityDesk desk;
}

@Entity
class ReferenceToRefusedEntityDesk {
  private String name;
}
