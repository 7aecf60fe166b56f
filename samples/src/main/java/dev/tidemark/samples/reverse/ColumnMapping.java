package dev.tidemark.samples.reverse;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Java type and {@code @Column} members that make Hibernate ORM 7 (and so Tidemark's processor)
 * produce a column of the type PostgreSQL prints with {@code format_type}. Boxed types throughout:
 * nullability is said by {@code @Column(nullable = false)}, never by a primitive.
 *
 * @param javaType the field's type
 * @param length {@code @Column(length)}, or 0
 * @param precision {@code @Column(precision)}, or 0
 * @param scale {@code @Column(scale)}, or 0
 * @param columnDefinition {@code @Column(columnDefinition)} for types Java does not imply, or null
 * @param jdbcTypeCode Hibernate's {@code @JdbcTypeCode} constant in {@code SqlTypes}, or null
 */
record ColumnMapping(TypeName javaType, int length, int precision, int scale, String columnDefinition,
    String jdbcTypeCode) {

  private static final ClassName STRING = ClassName.get(String.class);
  private static final ClassName SQL_TYPES = ClassName.get("org.hibernate.type", "SqlTypes");
  private static final ClassName JDBC_TYPE_CODE = ClassName.get("org.hibernate.annotations", "JdbcTypeCode");

  private static final Map<String, TypeName> FIXED = Map.ofEntries(
      Map.entry("bigint", ClassName.get(Long.class)),
      Map.entry("integer", ClassName.get(Integer.class)),
      Map.entry("smallint", ClassName.get(Short.class)),
      Map.entry("boolean", ClassName.get(Boolean.class)),
      Map.entry("real", ClassName.get(Float.class)),
      Map.entry("double precision", ClassName.get(Double.class)),
      Map.entry("character(1)", ClassName.get(Character.class)),
      Map.entry("date", ClassName.get(LocalDate.class)),
      Map.entry("timestamp(6) without time zone", ClassName.get(LocalDateTime.class)),
      Map.entry("timestamp(6) with time zone", ClassName.get(Instant.class)),
      Map.entry("uuid", ClassName.get(UUID.class)),
      Map.entry("bytea", ArrayTypeName.of(TypeName.BYTE)));

  private static final Pattern VARCHAR = Pattern.compile("character varying\\((\\d+)\\)");
  private static final Pattern CHAR = Pattern.compile("character\\((\\d+)\\)");
  private static final Pattern NUMERIC = Pattern.compile("numeric\\((\\d+),(\\d+)\\)");

  /** The mapping of {@code sqlType}, or empty when the generator has none. */
  static Optional<ColumnMapping> of(String sqlType) {
    TypeName fixed = FIXED.get(sqlType);
    if (fixed != null) {
      return Optional.of(new ColumnMapping(fixed, 0, 0, 0, null, null));
    }
    Matcher varchar = VARCHAR.matcher(sqlType);
    if (varchar.matches()) {
      return Optional.of(new ColumnMapping(STRING, Integer.parseInt(varchar.group(1)), 0, 0, null, null));
    }
    Matcher character = CHAR.matcher(sqlType);
    if (character.matches()) {
      return Optional.of(new ColumnMapping(STRING, Integer.parseInt(character.group(1)), 0, 0, null, "CHAR"));
    }
    Matcher numeric = NUMERIC.matcher(sqlType);
    if (numeric.matches()) {
      return Optional.of(new ColumnMapping(ClassName.get(BigDecimal.class), 0, Integer.parseInt(numeric.group(1)),
          Integer.parseInt(numeric.group(2)), null, null));
    }
    return switch (sqlType) {
      // No Java type implies these, so the column definition says them.
      case "text", "character varying" -> Optional.of(new ColumnMapping(STRING, 0, 0, 0, sqlType, null));
      case "numeric" -> Optional.of(new ColumnMapping(ClassName.get(BigDecimal.class), 0, 0, 0, sqlType, null));
      case "jsonb" -> Optional.of(new ColumnMapping(STRING, 0, 0, 0, null, "JSON"));
      default -> Optional.empty();
    };
  }

  /** {@code @JdbcTypeCode(SqlTypes.X)}, when the type needs one. */
  Optional<AnnotationSpec> jdbcTypeCodeAnnotation() {
    return Optional.ofNullable(jdbcTypeCode)
        .map(code -> AnnotationSpec.builder(JDBC_TYPE_CODE).addMember("value", "$T.$L", SQL_TYPES, code).build());
  }
}
