// expect: [TidemarkUnknownColumn] @Index on table indexonunmappedcolumn names column 'placed_at', which IndexOnUnmappedColumn does not map
// on: public class IndexOnUnmappedColumn
package test.bad.entities;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

@Entity
@Table(indexes = @Index(columnList = "placed_at desc"))
public class IndexOnUnmappedColumn {
  @Id
  private long id;

  private java.time.Instant placedAt;
}
