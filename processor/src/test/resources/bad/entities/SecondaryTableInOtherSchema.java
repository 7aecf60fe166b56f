// expect: [TidemarkUnsupportedMapping] A secondary table in schema public, apart from its entity's risk (@SecondaryTable on SecondaryTableInOtherSchema) is not supported by Tidemark yet: give it @SecondaryTable(schema = "risk")
// on: @SecondaryTable(name
package test.bad.entities;

import jakarta.persistence.*;

@Entity
@Table(schema = "risk")
@SecondaryTable(name = "secondary_in_other_schema_extra")
public class SecondaryTableInOtherSchema {
  @Id
  private long id;

  @Column(table = "secondary_in_other_schema_extra")
  private String note;
}
