// expect: [TidemarkReservedWord] Column name 'order' of ReservedJoinColumn.desk
// on: desk;
package test.bad.entities;

import jakarta.persistence.*;

@Entity
public class ReservedJoinColumn {
  @Id
  private long id;

  @ManyToOne
  @JoinColumn(name = "order")
  private ReservedJoinColumnDesk desk;
}

@Entity
class ReservedJoinColumnDesk {
  @Id
  private long id;
}
