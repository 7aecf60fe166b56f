// expect: [TidemarkUnsupportedType] Attribute WrapperArray.code has type java.lang.Character[]
// on: private Character[] code;
package test.bad.entities;

import jakarta.persistence.*;

@Entity
public class WrapperArray {
  @Id
  private long id;

  private Character[] code;
}
