// expect: [TidemarkBadValue] @Table(name = " ") on EmptyTableName is invalid
// on: name = " "
package test.bad.entities;

import jakarta.persistence.*;

@Entity
@Table(name = " ")
public class EmptyTableName {
  @Id
  private long id;
}
