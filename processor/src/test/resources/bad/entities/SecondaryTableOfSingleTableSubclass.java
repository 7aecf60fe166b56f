// expect: [TidemarkUnsupportedMapping] A secondary table of SINGLE_TABLE subclass SecondaryTableOfSingleTableSubclass is not supported by Tidemark yet: declare it on SingleTableRootWithSecondary, the root that owns the table
// on: public class SecondaryTableOfSingleTableSubclass
package test.bad.entities;

import jakarta.persistence.*;

@Entity
@SecondaryTable(name = "single_table_subclass_extra")
public class SecondaryTableOfSingleTableSubclass extends SingleTableRootWithSecondary {
  @Column(table = "single_table_subclass_extra")
  private String note;
}

@Entity
class SingleTableRootWithSecondary {
  @Id
  private long id;
}
