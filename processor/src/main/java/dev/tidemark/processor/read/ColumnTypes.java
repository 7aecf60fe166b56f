package dev.tidemark.processor.read;

import dev.tidemark.processor.read.ColumnType.Kind;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * The PostgreSQL column type Hibernate ORM 7 gives a basic Java type. Each entry was checked
 * against Hibernate's own schema export on PostgreSQL 17.
 */
final class ColumnTypes {

  /**
   * {@code @Column} attributes that shape a type; 0 means "not given", as in JPA, and so does a
   * {@code secondPrecision} of -1.
   */
  record Sizes(int length, int precision, int scale, int secondPrecision) {
    static final Sizes DEFAULT = new Sizes(ColumnType.DEFAULT_LENGTH, 0, 0, -1);

    static Sizes ofLength(int length, int precision, int scale) {
      return new Sizes(length, precision, scale, -1);
    }
  }

  /** PostgreSQL's longest varchar; Hibernate makes a longer string column text. */
  private static final int MAX_VARCHAR_LENGTH = 10_485_760;

  /** Hibernate's defaults for a BigDecimal column without precision on PostgreSQL. */
  private static final int DEFAULT_PRECISION = 38;
  private static final int DEFAULT_SCALE = 2;
  /** Hibernate's timestamp precision (microseconds) and its time precision (whole seconds). */
  private static final int TIMESTAMP_PRECISION = 6;
  private static final int TIME_PRECISION = 0;

  private static final ColumnType TIMESTAMP = ColumnType.temporal(Kind.TIMESTAMP, TIMESTAMP_PRECISION);
  private static final ColumnType TIMESTAMPTZ = ColumnType.temporal(Kind.TIMESTAMPTZ, TIMESTAMP_PRECISION);
  private static final ColumnType TIME = ColumnType.temporal(Kind.TIME, TIME_PRECISION);

  private static final Map<TypeKind, ColumnType> PRIMITIVES = Map.of(
      TypeKind.BOOLEAN, ColumnType.of(Kind.BOOLEAN),
      TypeKind.BYTE, ColumnType.of(Kind.SMALLINT),
      TypeKind.SHORT, ColumnType.of(Kind.SMALLINT),
      TypeKind.INT, ColumnType.of(Kind.INTEGER),
      TypeKind.LONG, ColumnType.of(Kind.BIGINT),
      TypeKind.FLOAT, ColumnType.of(Kind.REAL),
      TypeKind.DOUBLE, ColumnType.of(Kind.DOUBLE),
      TypeKind.CHAR, ColumnType.character(1));

  private static final Map<String, ColumnType> FIXED = Map.ofEntries(
      Map.entry("java.lang.Boolean", ColumnType.of(Kind.BOOLEAN)),
      Map.entry("java.lang.Byte", ColumnType.of(Kind.SMALLINT)),
      Map.entry("java.lang.Short", ColumnType.of(Kind.SMALLINT)),
      Map.entry("java.lang.Integer", ColumnType.of(Kind.INTEGER)),
      Map.entry("java.lang.Long", ColumnType.of(Kind.BIGINT)),
      Map.entry("java.lang.Float", ColumnType.of(Kind.REAL)),
      Map.entry("java.lang.Double", ColumnType.of(Kind.DOUBLE)),
      Map.entry("java.lang.Character", ColumnType.character(1)),
      Map.entry("java.time.LocalDate", ColumnType.of(Kind.DATE)),
      Map.entry("java.time.LocalDateTime", TIMESTAMP),
      Map.entry("java.time.LocalTime", TIME),
      Map.entry("java.time.Instant", TIMESTAMPTZ),
      Map.entry("java.time.OffsetDateTime", TIMESTAMPTZ),
      Map.entry("java.time.ZonedDateTime", TIMESTAMPTZ),
      Map.entry("java.util.UUID", ColumnType.of(Kind.UUID)),
      Map.entry("java.time.Duration", ColumnType.numeric(21, 0)),
      Map.entry("java.sql.Date", ColumnType.of(Kind.DATE)),
      Map.entry("java.sql.Timestamp", TIMESTAMP),
      Map.entry("java.sql.Time", TIME),
      // Hibernate 7 stores an OffsetTime without its offset, as a plain time.
      Map.entry("java.time.OffsetTime", TIME),
      Map.entry("java.time.Year", ColumnType.of(Kind.INTEGER)),
      Map.entry("java.time.ZoneOffset", ColumnType.varchar(6)),
      Map.entry("java.util.Currency", ColumnType.varchar(3)),
      // Hibernate has no column type for these and stores them serialized.
      Map.entry("java.time.YearMonth", ColumnType.of(Kind.BYTEA)),
      Map.entry("java.time.MonthDay", ColumnType.of(Kind.BYTEA)),
      Map.entry("java.time.Period", ColumnType.of(Kind.BYTEA)));

  /** Types Hibernate stores as text of the column's length. */
  private static final Set<String> TEXTUAL = Set.of(
      "java.lang.String", "java.util.Locale", "java.util.TimeZone", "java.net.URL", "java.time.ZoneId", "java.lang.Class");

  /** The {@code columnDefinition} type names Tidemark reads, by every spelling PostgreSQL accepts. */
  private static final Map<String, Kind> DEFINITION_KINDS = Map.ofEntries(
      Map.entry("text", Kind.TEXT), Map.entry("citext", Kind.CITEXT),
      Map.entry("integer", Kind.INTEGER), Map.entry("int", Kind.INTEGER), Map.entry("int4", Kind.INTEGER),
      Map.entry("bigint", Kind.BIGINT), Map.entry("int8", Kind.BIGINT),
      Map.entry("smallint", Kind.SMALLINT), Map.entry("int2", Kind.SMALLINT),
      Map.entry("boolean", Kind.BOOLEAN), Map.entry("bool", Kind.BOOLEAN),
      Map.entry("double precision", Kind.DOUBLE), Map.entry("float8", Kind.DOUBLE),
      Map.entry("real", Kind.REAL), Map.entry("float4", Kind.REAL),
      Map.entry("numeric", Kind.NUMERIC), Map.entry("decimal", Kind.NUMERIC),
      Map.entry("character varying", Kind.VARCHAR), Map.entry("varchar", Kind.VARCHAR),
      Map.entry("character", Kind.CHAR), Map.entry("char", Kind.CHAR),
      Map.entry("date", Kind.DATE), Map.entry("uuid", Kind.UUID), Map.entry("jsonb", Kind.JSONB),
      Map.entry("json", Kind.JSON), Map.entry("bytea", Kind.BYTEA), Map.entry("inet", Kind.INET),
      Map.entry("timestamp with time zone", Kind.TIMESTAMPTZ), Map.entry("timestamptz", Kind.TIMESTAMPTZ),
      Map.entry("timestamp without time zone", Kind.TIMESTAMP), Map.entry("timestamp", Kind.TIMESTAMP));

  private static final Pattern DEFINITION =
      Pattern.compile("([a-z][a-z0-9 ]*?)\\s*(?:\\(\\s*(\\d+)\\s*(?:,\\s*(\\d+)\\s*)?\\))?");

  private ColumnTypes() {}

  /**
   * The column type of a basic attribute. {@code temporal} is the {@code @Temporal} value for
   * {@code java.util.Date}, or null; {@code lob} whether the attribute is {@code @Lob}.
   */
  static Optional<ColumnType> of(TypeMirror type, Sizes sizes, String temporal, boolean lob) {
    return ofType(type, sizes, temporal, lob).map(found -> withSecondPrecision(found, sizes));
  }

  /** A string column of {@code length}: varchar, or text beyond PostgreSQL's longest varchar. */
  static ColumnType string(int length) {
    return length > MAX_VARCHAR_LENGTH ? ColumnType.of(Kind.TEXT) : ColumnType.varchar(length);
  }

  /** A time or timestamp with the fractional-second digits {@code @Column(secondPrecision)} gives. */
  private static ColumnType withSecondPrecision(ColumnType type, Sizes sizes) {
    boolean temporal = type.kind() == Kind.TIME || type.kind() == Kind.TIMESTAMP || type.kind() == Kind.TIMESTAMPTZ;
    return temporal && !type.array() && sizes.secondPrecision() >= 0
        ? ColumnType.temporal(type.kind(), sizes.secondPrecision()) : type;
  }

  private static Optional<ColumnType> ofType(TypeMirror type, Sizes sizes, String temporal, boolean lob) {
    boolean characters = isCharArray(type);
    boolean bytes = type.getKind() == TypeKind.ARRAY
        && ((ArrayType) type).getComponentType().getKind() == TypeKind.BYTE;
    if (lob) {
      // Hibernate stores a @Lob String or byte[] as a large object: an oid column.
      return bytes || characters || isString(type) ? Optional.of(ColumnType.of(Kind.OID)) : Optional.empty();
    }
    if (characters) {
      // Hibernate stores a char[] as a string.
      return Optional.of(string(sizes.length()));
    }
    if (bytes) {
      return Optional.of(ColumnType.of(Kind.BYTEA));
    }
    if (type.getKind() == TypeKind.ARRAY) {
      // Other arrays are PostgreSQL arrays of their element's type.
      TypeMirror element = ((ArrayType) type).getComponentType();
      // Hibernate refuses Byte[] and Character[] unless told how to treat their null elements.
      boolean wrapper = Set.of("java.lang.Byte", "java.lang.Character").contains(qualifiedName(element));
      return element.getKind() == TypeKind.ARRAY || wrapper
          ? Optional.empty()
          : ofType(element, sizes, temporal, false).map(ColumnType::arrayOf);
    }
    if (type.getKind().isPrimitive()) {
      return Optional.ofNullable(PRIMITIVES.get(type.getKind()));
    }
    if (type.getKind() != TypeKind.DECLARED) {
      return Optional.empty();
    }
    String name = qualifiedName(type);
    if (TEXTUAL.contains(name)) {
      return Optional.of(string(sizes.length()));
    }
    if (name.equals("java.math.BigDecimal")) {
      // Without a precision Hibernate ignores the scale too.
      return Optional.of(sizes.precision() == 0
          ? ColumnType.numeric(DEFAULT_PRECISION, DEFAULT_SCALE)
          : ColumnType.numeric(sizes.precision(), sizes.scale()));
    }
    if (name.equals("java.math.BigInteger")) {
      return Optional.of(ColumnType.numeric(sizes.precision() == 0 ? DEFAULT_PRECISION : sizes.precision(), 0));
    }
    if (name.equals("java.util.Date") || name.equals("java.util.Calendar")) {
      return Optional.of("DATE".equals(temporal) ? ColumnType.of(Kind.DATE)
          : "TIME".equals(temporal) ? TIME : TIMESTAMP);
    }
    return Optional.ofNullable(FIXED.get(name));
  }

  /**
   * A {@code columnDefinition} that is a plain type: {@code varchar(20)} is {@code character varying(20)}.
   * Empty for definitions that say more than a type.
   */
  static Optional<ColumnType> ofDefinition(String definition) {
    String lower = definition.trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    Matcher shape = DEFINITION.matcher(lower);
    if (!shape.matches() || !DEFINITION_KINDS.containsKey(shape.group(1))) {
      return Optional.empty();
    }
    Kind kind = DEFINITION_KINDS.get(shape.group(1));
    int first = shape.group(2) == null ? ColumnType.NONE : Integer.parseInt(shape.group(2));
    int second = shape.group(3) == null ? ColumnType.NONE : Integer.parseInt(shape.group(3));
    return Optional.of(switch (kind) {
      case VARCHAR, CHAR -> new ColumnType(kind, first, ColumnType.NONE, ColumnType.NONE, false);
      // PostgreSQL prints numeric(10) as numeric(10,0).
      case NUMERIC -> ColumnType.numeric(first, first != ColumnType.NONE && second == ColumnType.NONE ? 0 : second);
      default -> new ColumnType(kind, ColumnType.NONE, first, second, false);
    });
  }

  /**
   * The column type {@code @JdbcTypeCode(code)} gives an attribute of {@code type}, as Hibernate 7
   * does on PostgreSQL; empty for codes not read yet.
   */
  static Optional<ColumnType> ofJdbcTypeCode(int code, TypeMirror type, Sizes sizes, boolean lengthGiven) {
    switch (code) {
      case 3001:
        return Optional.of(ColumnType.of(Kind.JSONB));
      case 3000:
        return Optional.of(ColumnType.of(Kind.UUID));
      case 3002:
        return Optional.of(ColumnType.of(Kind.INET));
      case -1:
        return Optional.of(ColumnType.varchar(32600));
      case 1:
        return Optional.of(ColumnType.character(sizes.length()));
      case 12:
        // A UUID written as text takes its 36 characters unless the mapping says otherwise.
        return Optional.of(string(!lengthGiven && isUuid(type) ? 36 : sizes.length()));
      case 5:
        return Optional.of(ColumnType.of(Kind.SMALLINT));
      case 4:
        return Optional.of(ColumnType.of(Kind.INTEGER));
      case -5:
        return Optional.of(ColumnType.of(Kind.BIGINT));
      case 4001:
        return Optional.of(ColumnType.of(Kind.TEXT));
      case 2003:
        // An array, or a collection stored as an array of its elements.
        return type.getKind() == TypeKind.ARRAY ? of(type, sizes, null, false)
            : type.getKind() == TypeKind.DECLARED && ((DeclaredType) type).getTypeArguments().size() == 1
            ? of(((DeclaredType) type).getTypeArguments().get(0), sizes, null, false).map(ColumnType::arrayOf)
            : Optional.empty();
      default:
        return Optional.empty();
    }
  }

  private static boolean isCharArray(TypeMirror type) {
    if (type.getKind() != TypeKind.ARRAY) {
      return false;
    }
    return ((ArrayType) type).getComponentType().getKind() == TypeKind.CHAR;
  }

  private static boolean isUuid(TypeMirror type) {
    return qualifiedName(type).equals("java.util.UUID");
  }

  private static boolean isString(TypeMirror type) {
    return qualifiedName(type).equals("java.lang.String");
  }

  /** The qualified name of a declared type ({@code java.util.Set}), or "" for primitives and arrays. */
  static String qualifiedName(TypeMirror type) {
    return type.getKind() == TypeKind.DECLARED
        ? ((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName().toString()
        : "";
  }
}
