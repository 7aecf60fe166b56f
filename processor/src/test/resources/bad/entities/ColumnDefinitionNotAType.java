// expect: [TidemarkUnsupportedMapping] @Column(columnDefinition = "frobnicate") on ColumnDefinitionNotAType.code
// on: @Column(columnDefinition
package test.bad.entities;

import jakarta.persistence.*;

@Entity
public class ColumnDefinitionNotAType {
  @Id
  private long id;

  @Column(columnDefinition = "frobnicate")
  private String code;
}
