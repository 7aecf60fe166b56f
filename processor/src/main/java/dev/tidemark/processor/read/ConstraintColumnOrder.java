package dev.tidemark.processor.read;

import dev.tidemark.runtime.schema.Column;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The order in which Hibernate 7 lists the columns of a primary key (unique constraints keep the
 * order they are declared in): its {@code ColumnOrderingStrategyStandard} sorts by
 * {@code max(physical size in bytes, 4)}, then by
 * whether the size exceeds 2048 bytes, then by name. The size is derived here from the canonical
 * PostgreSQL type; a {@code varchar} of Hibernate's default length 255 counts as PostgreSQL's
 * largest, as in Hibernate.
 */
final class ConstraintColumnOrder {

  /** Bytes per decimal digit, as Hibernate converts numeric precision. */
  private static final double DECIMAL_TO_BYTES = (Math.log(10) / Math.log(2)) * 8;
  private static final int LARGEST = Integer.MAX_VALUE;
  private static final Pattern MODIFIERS = Pattern.compile("\\((\\d+)(?:,\\d+)?\\)");

  private ConstraintColumnOrder() {}

  /** {@code names} in Hibernate's order; {@code columns} gives their types. */
  static List<String> sort(List<String> names, Map<String, Column> columns) {
    return names.stream()
        .sorted(Comparator.comparingInt((String name) -> Math.max(size(columns.get(name)), 4))
            .thenComparing(name -> size(columns.get(name)) > 2048)
            .thenComparing(Comparator.naturalOrder()))
        .toList();
  }

  private static int size(Column column) {
    if (column == null) {
      return LARGEST;
    }
    String type = column.type();
    Matcher modifier = MODIFIERS.matcher(type);
    Integer first = modifier.find() ? Integer.valueOf(modifier.group(1)) : null;
    if (type.equals("boolean")) {
      return 1;
    }
    if (type.equals("smallint")) {
      return 2;
    }
    if (type.equals("integer") || type.equals("real") || type.equals("date") || type.startsWith("time(")) {
      return 4;
    }
    if (type.equals("bigint") || type.equals("double precision") || type.startsWith("timestamp")) {
      return 8;
    }
    if (type.equals("uuid")) {
      return 16;
    }
    if (type.startsWith("numeric")) {
      return (int) Math.ceil((first == null ? 38 : first) / DECIMAL_TO_BYTES);
    }
    if (type.startsWith("character varying") || type.startsWith("character(")) {
      return first == null || first == 255 ? LARGEST : first;
    }
    return LARGEST;
  }
}
