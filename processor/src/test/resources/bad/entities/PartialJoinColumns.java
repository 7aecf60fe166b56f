// expect: [TidemarkUnsupportedMapping] @JoinColumns naming 1 of the 2 key columns of PartialJoinColumnsSlot
// on: @JoinColumns
package test.bad.entities;

import jakarta.persistence.*;

@Entity
public class PartialJoinColumns {
  @Id
  private long id;

  @ManyToOne
  @JoinColumns({@JoinColumn(name = "slot_book", referencedColumnName = "book")})
  private PartialJoinColumnsSlot slot;
}

class PartialJoinColumnsKey {
  long book;
  long slot;
}

@Entity
@IdClass(PartialJoinColumnsKey.class)
class PartialJoinColumnsSlot {
  @Id
  private long book;

  @Id
  private long slot;
}
