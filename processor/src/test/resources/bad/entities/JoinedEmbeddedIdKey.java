// expect: [TidemarkUnsupportedMapping] JOINED inheritance with a composite key is not supported by Tidemark yet: give the root of JoinedEmbeddedIdKeyChild a single @Id
// on: class JoinedEmbeddedIdKeyChild
package test.bad.entities;

import jakarta.persistence.*;

@Entity
@Inheritance(strategy = InheritanceType.JOINED)
public class JoinedEmbeddedIdKey {
  @EmbeddedId
  private JoinedEmbeddedIdKeyId id;
}

@Embeddable
class JoinedEmbeddedIdKeyId implements java.io.Serializable {
  long book;
  int line;
}

@Entity
class JoinedEmbeddedIdKeyChild extends JoinedEmbeddedIdKey {
  private String note;
}
