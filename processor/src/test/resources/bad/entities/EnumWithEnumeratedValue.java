// expect: [TidemarkUnsupportedMapping] An enum with @EnumeratedValue (EnumWithEnumeratedValue.assetClass)
// on: private AssetClass assetClass;
package test.bad.entities;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumeratedValue;
import jakarta.persistence.Id;

@Entity
public class EnumWithEnumeratedValue {
  @Id
  private long id;

  private AssetClass assetClass;

  public enum AssetClass {
    EQUITY(10), BOND(20), FX(30);

    @EnumeratedValue
    private final int code;

    AssetClass(int code) {
      this.code = code;
    }
  }
}
