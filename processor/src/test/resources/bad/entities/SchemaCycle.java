// expect: [TidemarkSchemaCycle] Foreign keys run in a cycle through schemas cycle_a -> cycle_b -> cycle_a (cycle_a.desk -> cycle_b.book, cycle_b.book -> cycle_a.desk)
// on: public class SchemaCycle
package test.bad.entities;

import jakarta.persistence.*;

@Entity
@Table(name = "desk", schema = "cycle_a")
public class SchemaCycle {
  @Id
  private long id;

  @ManyToOne
  private SchemaCycleBook mainBook;
}

@Entity
@Table(name = "book", schema = "cycle_b")
class SchemaCycleBook {
  @Id
  private long id;

  @ManyToOne
  private SchemaCycle desk;
}
