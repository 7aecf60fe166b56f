// expect: [TidemarkBadValue] @Column(name = " ") on EmptyColumnName.code is invalid: a name cannot be empty
// on: name = " "
package test.bad.entities;

import jakarta.persistence.*;

@Entity
public class EmptyColumnName {
  @Id
  private long id;

  @Column(name = " ")
  private String code;
}
