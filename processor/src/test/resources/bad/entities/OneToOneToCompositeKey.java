// expect: [TidemarkUnsupportedMapping] This association to the composite key of OneToOneToCompositeKeySlot
// on: @OneToOne
package test.bad.entities;

import jakarta.persistence.*;

@Entity
public class OneToOneToCompositeKey {
  @Id
  private long id;

  @OneToOne
  private OneToOneToCompositeKeySlot slot;
}

class OneToOneToCompositeKeyKey {
  long book;
  long slot;
}

@Entity
@IdClass(OneToOneToCompositeKeyKey.class)
class OneToOneToCompositeKeySlot {
  @Id
  private long book;

  @Id
  private long slot;
}
