package test.orders;

/** Side with HOLD inserted before the end: SELL and SHORT move up one ordinal. */
public enum Side {
  BUY,
  HOLD,
  SELL,
  SHORT
}
