// expect: [TidemarkBadValue] @MapsId on MapsIdOnAssociation.original is invalid: the key of MapsIdOnAssociation would derive from itself
// on: private MapsIdOnAssociation original
package test.bad.entities;

import jakarta.persistence.*;

@Entity
public class MapsIdOnAssociation {
  @Id
  private Long id;

  @MapsId
  @OneToOne
  private MapsIdOnAssociation original;
}
