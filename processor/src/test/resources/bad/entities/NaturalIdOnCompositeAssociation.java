// expect: [TidemarkUnsupportedMapping] @NaturalId on an association to the composite key of NaturalIdOnCompositeAssociationSlot without @JoinColumns
// on: @ManyToOne
package test.bad.entities;

import jakarta.persistence.*;
import org.hibernate.annotations.NaturalId;

@Entity
public class NaturalIdOnCompositeAssociation {
  @Id
  private long id;

  @NaturalId
  @ManyToOne
  private NaturalIdOnCompositeAssociationSlot slot;
}

class NaturalIdOnCompositeAssociationKey {
  long book;
  long slot;
}

@Entity
@IdClass(NaturalIdOnCompositeAssociationKey.class)
class NaturalIdOnCompositeAssociationSlot {
  @Id
  private long book;

  @Id
  private long slot;
}
