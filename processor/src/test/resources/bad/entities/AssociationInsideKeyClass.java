// expect: [TidemarkUnsupportedMapping] An association inside a key class (AssociationInsideKeyClass.key.book)
// on: AssociationInsideKeyClassBook book;
package test.bad.entities;

import jakarta.persistence.*;

@Entity
public class AssociationInsideKeyClass {
  @EmbeddedId
  private AssociationInsideKeyClassKey key;
}

@Embeddable
class AssociationInsideKeyClassKey implements java.io.Serializable {
  @ManyToOne
  AssociationInsideKeyClassBook book;

  int line;
}

@Entity
class AssociationInsideKeyClassBook {
  @Id
  private long id;
}
