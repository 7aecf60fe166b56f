package test.orders;

/** Side with SHORT moved first: every stored ordinal now stands for another constant. */
public enum Side {
  SHORT,
  BUY,
  SELL
}
