// expect: [TidemarkUnknownColumn] JoinColumnsUnknownReference.slot names column 'nope'
// on: @JoinColumns
package test.bad.entities;

import jakarta.persistence.*;

@Entity
public class JoinColumnsUnknownReference {
  @Id
  private long id;

  @ManyToOne
  @JoinColumns({@JoinColumn(name = "a", referencedColumnName = "book"),
      @JoinColumn(name = "b", referencedColumnName = "nope")})
  private JoinColumnsUnknownReferenceSlot slot;
}

class JoinColumnsUnknownReferenceKey {
  long book;
  long slot;
}

@Entity
@IdClass(JoinColumnsUnknownReferenceKey.class)
class JoinColumnsUnknownReferenceSlot {
  @Id
  private long book;

  @Id
  private long slot;
}
