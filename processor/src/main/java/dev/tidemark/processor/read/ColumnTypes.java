package dev.tidemark.processor.read;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.element.TypeElement;

/**
 * The PostgreSQL column type Hibernate ORM 7 gives a basic Java type, as {@code format_type()}
 * prints it. Each entry was checked against Hibernate's own schema export on PostgreSQL 17.
 */
final class ColumnTypes {

  /** {@code @Column} attributes that shape a type; 0 means "not given", as in JPA. */
  record Sizes(int length, int precision, int scale) {}

  private static final Map<TypeKind, String> PRIMITIVES = Map.of(
      TypeKind.BOOLEAN, "boolean",
      TypeKind.BYTE, "smallint",
      TypeKind.SHORT, "smallint",
      TypeKind.INT, "integer",
      TypeKind.LONG, "bigint",
      TypeKind.FLOAT, "real",
      TypeKind.DOUBLE, "double precision",
      TypeKind.CHAR, "character(1)");

  private static final Map<String, String> FIXED = Map.ofEntries(
      Map.entry("java.lang.Boolean", "boolean"),
      Map.entry("java.lang.Byte", "smallint"),
      Map.entry("java.lang.Short", "smallint"),
      Map.entry("java.lang.Integer", "integer"),
      Map.entry("java.lang.Long", "bigint"),
      Map.entry("java.lang.Float", "real"),
      Map.entry("java.lang.Double", "double precision"),
      Map.entry("java.lang.Character", "character(1)"),
      Map.entry("java.time.LocalDate", "date"),
      Map.entry("java.time.LocalDateTime", "timestamp(6) without time zone"),
      Map.entry("java.time.LocalTime", "time(0) without time zone"),
      Map.entry("java.time.Instant", "timestamp(6) with time zone"),
      Map.entry("java.time.OffsetDateTime", "timestamp(6) with time zone"),
      Map.entry("java.time.ZonedDateTime", "timestamp(6) with time zone"),
      Map.entry("java.util.UUID", "uuid"),
      Map.entry("java.math.BigInteger", "numeric(38,0)"),
      Map.entry("java.time.Duration", "numeric(21,0)"),
      Map.entry("java.sql.Date", "date"),
      Map.entry("java.sql.Timestamp", "timestamp(6) without time zone"),
      Map.entry("java.sql.Time", "time(0) without time zone"),
      // Hibernate 7 stores an OffsetTime without its offset, as a plain time.
      Map.entry("java.time.OffsetTime", "time(0) without time zone"),
      Map.entry("java.time.Year", "integer"),
      Map.entry("java.time.ZoneOffset", "character varying(6)"),
      Map.entry("java.util.Currency", "character varying(3)"),
      // Hibernate has no column type for these and stores them serialized.
      Map.entry("java.time.YearMonth", "bytea"),
      Map.entry("java.time.MonthDay", "bytea"),
      Map.entry("java.time.Period", "bytea"));

  /** Types Hibernate stores as text of the column's length. */
  private static final Set<String> TEXTUAL = Set.of(
      "java.lang.String", "java.util.Locale", "java.util.TimeZone", "java.net.URL", "java.time.ZoneId", "java.lang.Class");

  /** {@code columnDefinition} spellings PostgreSQL prints otherwise, with the name it prints. */
  private static final Map<String, String> DEFINITION_ALIASES = Map.ofEntries(
      Map.entry("int", "integer"), Map.entry("int4", "integer"), Map.entry("int8", "bigint"),
      Map.entry("int2", "smallint"), Map.entry("bool", "boolean"), Map.entry("float8", "double precision"),
      Map.entry("float4", "real"), Map.entry("timestamptz", "timestamp with time zone"),
      Map.entry("timestamp", "timestamp without time zone"), Map.entry("varchar", "character varying"),
      Map.entry("decimal", "numeric"), Map.entry("char", "character"));

  private static final Set<String> INTEGERS = Set.of("smallint", "integer", "bigint");

  /** Hibernate's defaults for a BigDecimal column without precision on PostgreSQL. */
  private static final int DEFAULT_PRECISION = 38;
  private static final int DEFAULT_SCALE = 2;

  private ColumnTypes() {}

  /**
   * The column type of a basic attribute. {@code temporal} is the {@code @Temporal} value for
   * {@code java.util.Date}, or null; {@code lob} whether the attribute is {@code @Lob}.
   */
  static Optional<String> of(TypeMirror type, Sizes sizes, String temporal, boolean lob) {
    boolean bytes = type.getKind() == TypeKind.ARRAY
        && ((ArrayType) type).getComponentType().getKind() == TypeKind.BYTE;
    if (lob) {
      // Hibernate stores a @Lob String or byte[] as a large object: an oid column.
      return bytes || isString(type) ? Optional.of("oid") : Optional.empty();
    }
    if (bytes) {
      return Optional.of("bytea");
    }
    if (type.getKind() == TypeKind.ARRAY) {
      // Other arrays are PostgreSQL arrays of their element's type.
      TypeMirror element = ((ArrayType) type).getComponentType();
      return element.getKind() == TypeKind.ARRAY || element.getKind() == TypeKind.CHAR
          ? Optional.empty()
          : of(element, sizes, temporal, false).map(elementType -> elementType + "[]");
    }
    if (type.getKind().isPrimitive()) {
      return Optional.ofNullable(PRIMITIVES.get(type.getKind()));
    }
    if (type.getKind() != TypeKind.DECLARED) {
      return Optional.empty();
    }
    String name = qualifiedName(type);
    if (TEXTUAL.contains(name)) {
      return Optional.of(varchar(sizes.length()));
    }
    if (name.equals("java.math.BigDecimal")) {
      // Without a precision Hibernate ignores the scale too.
      return Optional.of(sizes.precision() == 0
          ? "numeric(" + DEFAULT_PRECISION + "," + DEFAULT_SCALE + ")"
          : "numeric(" + sizes.precision() + "," + sizes.scale() + ")");
    }
    if (name.equals("java.util.Date") || name.equals("java.util.Calendar")) {
      return Optional.of("DATE".equals(temporal) ? "date" : "timestamp(6) without time zone");
    }
    return Optional.ofNullable(FIXED.get(name));
  }

  /**
   * A {@code columnDefinition} that is a plain type, as PostgreSQL prints it: {@code varchar(20)} is
   * {@code character varying(20)}. Empty for definitions that say more than a type.
   */
  static Optional<String> ofDefinition(String definition) {
    String lower = definition.trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    Matcher shape = Pattern
        .compile("([a-z][a-z0-9 ]*?)\\s*(\\(\\s*\\d+\\s*(,\\s*\\d+\\s*)?\\))?").matcher(lower);
    if (!shape.matches()) {
      return Optional.empty();
    }
    String base = DEFINITION_ALIASES.getOrDefault(shape.group(1), shape.group(1));
    String modifier = shape.group(2) == null ? "" : shape.group(2).replace(" ", "");
    String canonical = base + modifier;
    return KNOWN_DEFINITIONS.contains(base) ? Optional.of(canonical) : Optional.empty();
  }

  private static final Set<String> KNOWN_DEFINITIONS = Set.of("text", "integer", "bigint",
      "smallint", "boolean", "double precision", "real", "numeric", "character varying", "character", "date",
      "uuid", "jsonb", "json", "bytea", "timestamp with time zone", "timestamp without time zone", "inet", "citext");

  /**
   * The column type {@code @JdbcTypeCode(code)} gives an attribute of {@code type}, as Hibernate 7
   * does on PostgreSQL; empty for codes not read yet.
   */
  static Optional<String> ofJdbcTypeCode(int code, TypeMirror type, Sizes sizes, boolean lengthGiven) {
    switch (code) {
      case 3001:
        return Optional.of("jsonb");
      case 3000:
        return Optional.of("uuid");
      case 3002:
        return Optional.of("inet");
      case -1:
        return Optional.of("character varying(32600)");
      case 1:
        return Optional.of("character(" + sizes.length() + ")");
      case 12:
        // A UUID written as text takes its 36 characters unless the mapping says otherwise.
        return Optional.of(varchar(!lengthGiven && isUuid(type) ? 36 : sizes.length()));
      case 5:
        return Optional.of("smallint");
      case 4:
        return Optional.of("integer");
      case -5:
        return Optional.of("bigint");
      case 2003:
        return type.getKind() == TypeKind.ARRAY ? of(type, sizes, null, false) : Optional.empty();
      default:
        return Optional.empty();
    }
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

  static String varchar(int length) {
    return "character varying(" + length + ")";
  }

  static boolean isInteger(String sqlType) {
    return INTEGERS.contains(sqlType);
  }
}
