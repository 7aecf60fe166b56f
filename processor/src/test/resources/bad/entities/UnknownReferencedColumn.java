// expect: [TidemarkUnknownColumn] UnknownReferencedColumn.desk names column 'nope', which UnknownReferencedColumnDesk does not map
// on: @JoinColumn
package test.bad.entities;

import jakarta.persistence.*;

@Entity
public class UnknownReferencedColumn {
  @Id
  private long id;

  @ManyToOne
  @JoinColumn(referencedColumnName = "nope")
  private UnknownReferencedColumnDesk desk;
}

@Entity
class UnknownReferencedColumnDesk {
  @Id
  private long id;
}
