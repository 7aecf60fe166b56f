// expect: [TidemarkUnknownColumn] @UniqueConstraint on table uniqueconstraintonunmappedcolumn names column 'product_id', which UniqueConstraintOnUnmappedColumn does not map
// on: public class UniqueConstraintOnUnmappedColumn
package test.bad.entities;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

@Entity
@Table(uniqueConstraints = @UniqueConstraint(columnNames = {"product_id", "customer"}))
public class UniqueConstraintOnUnmappedColumn {
  @Id
  private long id;

  private String customer;
}
