// expect: [TidemarkEnumCode] The @EnumeratedValue code of AssetClass.BOND cannot be read at compile time: its argument code(20) is not a whole-number literal or constant
// on: BOND(code(20)),
package test.bad.entities;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumeratedValue;
import jakarta.persistence.Id;

@Entity
public class EnumCodeFromMethodCall {
  @Id
  private long id;

  private AssetClass assetClass;

  public enum AssetClass {
    EQUITY(10),
    BOND(code(20)),
    FX(30);

    @EnumeratedValue
    private final int code;

    AssetClass(int code) {
      this.code = code;
    }

    private static int code(int base) {
      return base + 1;
    }
  }
}
