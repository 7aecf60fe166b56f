// expect: [TidemarkSchemaCycle] Foreign keys run in a cycle through schemas cycle_c -> public -> cycle_c (cycle_c.holding -> public.holding_owner, public.holding_holding_owner -> cycle_c.holding)
// on: public class SchemaCycleThroughJoinTable
package test.bad.entities;

import jakarta.persistence.*;
import java.util.Set;

@Entity
@Table(name = "holding", schema = "cycle_c")
public class SchemaCycleThroughJoinTable {
  @Id
  private long id;

  @ManyToOne
  private SchemaCycleOwner owner;

  @ManyToMany
  private Set<SchemaCycleOwner> watchers;
}

@Entity
@Table(name = "holding_owner")
class SchemaCycleOwner {
  @Id
  private long id;
}
