// expect: [TidemarkUnknownTable] JoinColumnInOtherTable.owner places its column in table 'owners', which JoinColumnInOtherTable does not declare
// on: @JoinColumn(name
package test.bad.entities;

import jakarta.persistence.*;

@Entity
@SecondaryTable(name = "join_column_in_other_table_extra")
public class JoinColumnInOtherTable {
  @Id
  private long id;

  @ManyToOne
  @JoinColumn(name = "owner_id", table = "owners")
  private JoinColumnInOtherTable owner;
}
