package test.orders;

/** Side reordered without SELL: orders stored as SELL no longer stand for a constant. */
public enum Side {
  SHORT,
  BUY
}
