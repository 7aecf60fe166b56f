// expect: [TidemarkUnsupportedMapping] @Column(table) on ColumnInOtherTable.note
// on: @Column(table
package test.bad.entities;

import jakarta.persistence.*;

@Entity
public class ColumnInOtherTable {
  @Id
  private long id;

  @Column(table = "extra")
  private String note;
}
