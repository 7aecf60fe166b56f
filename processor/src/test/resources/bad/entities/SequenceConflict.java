// expect: [TidemarkSequenceConflict] Sequence conflicting_seq is declared twice with different settings
// on: class SequenceConflictOther
package test.bad.entities;

import jakarta.persistence.*;

@Entity
@SequenceGenerator(name = "gen", sequenceName = "conflicting_seq", allocationSize = 10)
public class SequenceConflict {
  @Id
  @GeneratedValue(generator = "gen")
  private long id;
}

@Entity
@SequenceGenerator(name = "gen", sequenceName = "conflicting_seq", allocationSize = 20)
class SequenceConflictOther {
  @Id
  @GeneratedValue(generator = "gen")
  private long id;
}
