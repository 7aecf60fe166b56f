// expect: [TidemarkUnsupportedMapping] An association to abstract AbstractTablePerClassTargetBase
// on: @ManyToOne
package test.bad.entities;

import jakarta.persistence.*;

@Entity
public class AbstractTablePerClassTarget {
  @Id
  private long id;

  @ManyToOne
  private AbstractTablePerClassTargetBase base;
}

@Entity
@Inheritance(strategy = InheritanceType.TABLE_PER_CLASS)
abstract class AbstractTablePerClassTargetBase {
  @Id
  private long id;
}

@Entity
class AbstractTablePerClassTargetLeaf extends AbstractTablePerClassTargetBase {
  private String note;
}
