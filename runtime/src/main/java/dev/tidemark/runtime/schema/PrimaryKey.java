package dev.tidemark.runtime.schema;

import java.util.List;

/**
 * A primary key constraint.
 *
 * @param name the constraint name; Hibernate leaves it to PostgreSQL, which picks {@code <table>_pkey}
 * @param columns the key columns in key order
 */
public record PrimaryKey(String name, List<String> columns) implements TablePart {

  public PrimaryKey {
    PostgresNames.requireName(name, "primary key name");
    columns = List.copyOf(columns);
    if (columns.isEmpty()) {
      throw new IllegalArgumentException("primary key " + name + " has no columns");
    }
    columns.forEach(column -> PostgresNames.requireName(column, "primary key column"));
  }

  public static PrimaryKey primaryKey(String name, String... columns) {
    return new PrimaryKey(name, List.of(columns));
  }

  PrimaryKey withColumnRenamed(String from, String to) {
    return new PrimaryKey(name, Names.replace(columns, from, to));
  }
}
