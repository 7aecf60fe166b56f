package dev.tidemark.processor.read;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
      Map.entry("java.util.UUID", "uuid"));

  private static final Set<String> INTEGERS = Set.of("smallint", "integer", "bigint");

  /** Hibernate's defaults for a BigDecimal column without precision on PostgreSQL. */
  private static final int DEFAULT_PRECISION = 38;
  private static final int DEFAULT_SCALE = 2;

  private ColumnTypes() {}

  static Optional<String> of(TypeMirror type, Sizes sizes) {
    if (type.getKind().isPrimitive()) {
      return Optional.ofNullable(PRIMITIVES.get(type.getKind()));
    }
    if (type.getKind() != TypeKind.DECLARED) {
      return Optional.empty();
    }
    String name = ((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName().toString();
    if (name.equals("java.lang.String")) {
      return Optional.of(varchar(sizes.length()));
    }
    if (name.equals("java.math.BigDecimal")) {
      return Optional.of(sizes.precision() == 0
          ? "numeric(" + DEFAULT_PRECISION + "," + (sizes.scale() == 0 ? DEFAULT_SCALE : sizes.scale()) + ")"
          : "numeric(" + sizes.precision() + "," + sizes.scale() + ")");
    }
    return Optional.ofNullable(FIXED.get(name));
  }

  static String varchar(int length) {
    return "character varying(" + length + ")";
  }

  static boolean isInteger(String sqlType) {
    return INTEGERS.contains(sqlType);
  }
}
