// expect: [TidemarkDuplicateTable] Entities test.bad.entities.DuplicateTable and test.bad.entities.DuplicateTableAgain both map to table
// on: class DuplicateTableAgain
package test.bad.entities;

import jakarta.persistence.*;

@Entity
@Table(name = "duplicated")
public class DuplicateTable {
  @Id
  private long id;
}

@Entity
@Table(name = "DUPLICATED")
class DuplicateTableAgain {
  @Id
  private long id;
}
