package dev.tidemark.runtime.schema;

import java.util.List;

/**
 * A unique constraint.
 *
 * @param name the constraint name
 * @param columns the columns, in key order
 */
public record UniqueConstraint(String name, List<String> columns) implements TablePart {

  public UniqueConstraint {
    PostgresNames.requireName(name, "unique constraint name");
    columns = List.copyOf(columns);
    if (columns.isEmpty()) {
      throw new IllegalArgumentException("unique constraint " + name + " has no columns");
    }
    columns.forEach(column -> PostgresNames.requireName(column, "unique constraint column"));
  }

  public static UniqueConstraint unique(String name, String... columns) {
    return new UniqueConstraint(name, List.of(columns));
  }

  UniqueConstraint withColumnRenamed(String from, String to) {
    return new UniqueConstraint(name, Names.replace(columns, from, to));
  }
}
