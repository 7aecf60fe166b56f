package test.orders;

/** Side without SHORT: orders stored by the ordinal 2 no longer stand for a constant. */
public enum Side {
  BUY,
  SELL
}
