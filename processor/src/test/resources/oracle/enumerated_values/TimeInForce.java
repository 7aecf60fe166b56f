package oracle.enumerated_values;

import jakarta.persistence.EnumeratedValue;

/** FIX time-in-force codes as numbers: an int field, stored under the ordinal rules as smallint. */
public enum TimeInForce {
  DAY(0),
  GOOD_TILL_CANCEL(1),
  IMMEDIATE_OR_CANCEL(3),
  FILL_OR_KILL(4),
  GOOD_TILL_DATE(6),
  AT_THE_CLOSE(7),
  UNKNOWN(-1);

  @EnumeratedValue
  private final int code;

  TimeInForce(int code) {
    this.code = code;
  }
}
