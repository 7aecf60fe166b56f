package test.orders;

import jakarta.persistence.EnumeratedValue;

/** Side stored by a one-letter code under EnumType.STRING. */
public enum Side {
  BUY("B"),
  SELL("S"),
  SHORT("X");

  @EnumeratedValue
  private final String letter;

  Side(String letter) {
    this.letter = letter;
  }
}
