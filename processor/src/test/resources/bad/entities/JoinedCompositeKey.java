// expect: [TidemarkUnsupportedMapping] JOINED inheritance with a composite key
// on: class JoinedCompositeKeyChild
package test.bad.entities;

import jakarta.persistence.*;

@Entity
@Inheritance(strategy = InheritanceType.JOINED)
@IdClass(JoinedCompositeKeyId.class)
public class JoinedCompositeKey {
  @Id
  private long book;

  @Id
  private long slot;
}

class JoinedCompositeKeyId {
  long book;
  long slot;
}

@Entity
class JoinedCompositeKeyChild extends JoinedCompositeKey {
  private String note;
}
