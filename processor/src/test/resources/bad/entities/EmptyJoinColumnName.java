// expect: [TidemarkBadValue] @JoinColumn(name = "  ") on EmptyJoinColumnName.desk is invalid
// on: name = "  "
package test.bad.entities;

import jakarta.persistence.*;

@Entity
public class EmptyJoinColumnName {
  @Id
  private long id;

  @ManyToOne
  @JoinColumn(name = "  ")
  private EmptyJoinColumnNameDesk desk;
}

@Entity
class EmptyJoinColumnNameDesk {
  @Id
  private long id;
}
