package dev.tidemark.processor.read;

import java.util.Set;

/**
 * A column type as a kind with its length, precision and scale, kept structured until the column
 * is built and rendered to the canonical name PostgreSQL's {@code format_type()} prints
 * ({@code character varying(20)}, {@code numeric(20,8)}, {@code timestamp(6) with time zone}).
 *
 * @param kind the base type
 * @param length the length of a character type, or {@link #NONE}
 * @param precision the precision of a numeric or time type, or {@link #NONE}
 * @param scale the scale of a numeric type, or {@link #NONE}
 * @param array whether the column is an array of the type
 */
record ColumnType(Kind kind, int length, int precision, int scale, boolean array) {

  /** No modifier: PostgreSQL prints the bare type name. */
  static final int NONE = -1;

  /** Hibernate's physical sizes are in bytes; numeric precision converts at this many bits per digit. */
  private static final double DECIMAL_TO_BYTES = (Math.log(10) / Math.log(2)) * 8;
  private static final int LARGEST = Integer.MAX_VALUE;
  /** The length Hibernate gives a string column without one, which its key ordering counts as largest. */
  static final int DEFAULT_LENGTH = 255;

  /** PostgreSQL's base types, by the name {@code format_type()} prints. */
  enum Kind {
    BOOLEAN("boolean"), SMALLINT("smallint"), INTEGER("integer"), BIGINT("bigint"), REAL("real"),
    DOUBLE("double precision"), NUMERIC("numeric"), CHAR("character"), VARCHAR("character varying"),
    TEXT("text"), CITEXT("citext"), DATE("date"), TIME("time", " without time zone"),
    TIMESTAMP("timestamp", " without time zone"), TIMESTAMPTZ("timestamp", " with time zone"), UUID("uuid"),
    BYTEA("bytea"), OID("oid"), JSON("json"), JSONB("jsonb"), INET("inet");

    private final String name;
    private final String suffix;

    Kind(String name) {
      this(name, "");
    }

    Kind(String name, String suffix) {
      this.name = name;
      this.suffix = suffix;
    }
  }

  private static final Set<Kind> INTEGERS = Set.of(Kind.SMALLINT, Kind.INTEGER, Kind.BIGINT);

  static ColumnType of(Kind kind) {
    return new ColumnType(kind, NONE, NONE, NONE, false);
  }

  static ColumnType varchar(int length) {
    return new ColumnType(Kind.VARCHAR, length, NONE, NONE, false);
  }

  static ColumnType character(int length) {
    return new ColumnType(Kind.CHAR, length, NONE, NONE, false);
  }

  static ColumnType numeric(int precision, int scale) {
    return new ColumnType(Kind.NUMERIC, NONE, precision, scale, false);
  }

  /** A time or timestamp kind with its fractional-second precision. */
  static ColumnType temporal(Kind kind, int precision) {
    return new ColumnType(kind, NONE, precision, NONE, false);
  }

  ColumnType arrayOf() {
    return new ColumnType(kind, length, precision, scale, true);
  }

  boolean isInteger() {
    return !array && INTEGERS.contains(kind);
  }

  /** The canonical name, as {@code format_type()} prints it. */
  String sql() {
    String modifier = length != NONE ? "(" + length + ")"
        : precision == NONE ? ""
        : scale == NONE ? "(" + precision + ")"
        : "(" + precision + "," + scale + ")";
    return kind.name + modifier + kind.suffix + (array ? "[]" : "");
  }

  /**
   * The size in bytes Hibernate's {@code ColumnOrderingStrategyStandard} gives a column of this
   * type; a string of the default length counts as PostgreSQL's largest, as in Hibernate.
   */
  int physicalSize() {
    if (array) {
      return LARGEST;
    }
    return switch (kind) {
      case BOOLEAN -> 1;
      case SMALLINT -> 2;
      case INTEGER, REAL, DATE, TIME -> 4;
      case BIGINT, DOUBLE, TIMESTAMP, TIMESTAMPTZ -> 8;
      case UUID -> 16;
      case NUMERIC -> (int) Math.ceil((precision == NONE ? 38 : precision) / DECIMAL_TO_BYTES);
      case CHAR, VARCHAR -> length == NONE || length == DEFAULT_LENGTH ? LARGEST : length;
      default -> LARGEST;
    };
  }

  @Override
  public String toString() {
    return sql();
  }
}
