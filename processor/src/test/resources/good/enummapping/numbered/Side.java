package test.orders;

import jakarta.persistence.EnumeratedValue;

/** Side stored by its FIX code under the ordinal rules. */
public enum Side {
  BUY(1),
  SELL(2),
  SHORT(5);

  @EnumeratedValue
  private final int fixCode;

  Side(int fixCode) {
    this.fixCode = fixCode;
  }
}
