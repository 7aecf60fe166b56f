package test.orders;

/** Side with COVER added at the end: no stored ordinal changes meaning. */
public enum Side {
  BUY,
  SELL,
  SHORT,
  COVER
}
