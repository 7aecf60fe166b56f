package oracle.enumerated_values;

import jakarta.persistence.EnumeratedValue;

/** Asset classes coded as in the firm's risk system: byte codes. */
public enum AssetClass {
  EQUITY((byte) 10),
  FIXED_INCOME((byte) 20),
  FX((byte) 30),
  COMMODITY((byte) 40),
  CREDIT((byte) 50);

  @EnumeratedValue
  private final byte riskCode;

  AssetClass(byte riskCode) {
    this.riskCode = riskCode;
  }
}
