package oracle.enumerated_values;

import jakarta.persistence.EnumeratedValue;

/** FIX side codes, given by a constant and by literals. */
public enum Side {
  BUY(Side.BUY_CODE),
  SELL("2"),
  SELL_SHORT("5"),
  SELL_SHORT_EXEMPT("6") {
    @Override
    boolean shortSale() {
      return true;
    }
  };

  static final String BUY_CODE = "1";

  @EnumeratedValue
  private final String fixCode;

  Side(String fixCode) {
    this.fixCode = fixCode;
  }

  boolean shortSale() {
    return this == SELL_SHORT;
  }
}
