package oracle.enumerated_values;

import jakarta.persistence.EnumeratedValue;

/** Order states with short codes, in (parenthesized) casts as a short parameter needs. */
public enum OrderStatus {
  PENDING_NEW((short) 100),
  NEW((short) (200)),
  PARTIALLY_FILLED((short) 210),
  FILLED((short) 220),
  CANCELLED((short) 300),
  REJECTED((short) 400);

  @EnumeratedValue
  private final short code;

  private final String label;

  OrderStatus(short code) {
    label = name().toLowerCase();
    this.code = code;
  }

  String label() {
    return label;
  }
}
