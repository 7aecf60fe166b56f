// expect: [TidemarkUnknownTable] ColumnInOtherTable.note places its column in table 'extra', which ColumnInOtherTable does not declare: Hibernate refuses it. Declare it with @SecondaryTable(name = "extra")
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
