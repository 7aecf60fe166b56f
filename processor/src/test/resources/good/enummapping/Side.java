package test.orders;

public enum Side {
  BUY,
  SELL,
  SHORT
}
