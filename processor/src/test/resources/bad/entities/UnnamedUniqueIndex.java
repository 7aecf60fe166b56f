// expect: [TidemarkUnsupportedMapping] An unnamed unique @Index on UnnamedUniqueIndex
// on: @Index(
package test.bad.entities;

import jakarta.persistence.*;

@Entity
@Table(indexes = @Index(columnList = "code", unique = true))
public class UnnamedUniqueIndex {
  @Id
  private long id;

  private String code;
}
