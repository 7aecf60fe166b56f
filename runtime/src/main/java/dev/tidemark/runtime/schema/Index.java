package dev.tidemark.runtime.schema;

import java.util.List;

/**
 * An index that is not the backing index of a constraint.
 *
 * @param name the index name, unique in the schema
 * @param keys the indexed columns in order, each ascending or descending
 * @param unique whether it is a unique index
 */
public record Index(String name, List<Key> keys, boolean unique) {

  /**
   * One indexed column.
   *
   * @param column the column
   * @param descending whether it sorts descending
   */
  public record Key(String column, boolean descending) {

    public Key {
      PostgresNames.requireName(column, "index column");
    }

    public static Key asc(String column) {
      return new Key(column, false);
    }

    public static Key desc(String column) {
      return new Key(column, true);
    }
  }

  public Index {
    PostgresNames.requireName(name, "index name");
    keys = List.copyOf(keys);
    if (keys.isEmpty()) {
      throw new IllegalArgumentException("index " + name + " has no columns");
    }
  }

  /** An index on {@code columns}, ascending; a column written {@code "name desc"} sorts descending. */
  public static Index index(String name, String... columns) {
    return new Index(name, List.of(columns).stream().map(Index::key).toList(), false);
  }

  public static Index uniqueIndex(String name, String... columns) {
    return new Index(name, List.of(columns).stream().map(Index::key).toList(), true);
  }

  private static Key key(String column) {
    return column.endsWith(" desc") ? Key.desc(column.substring(0, column.length() - 5)) : Key.asc(column);
  }

  /** The columns as {@link #index} takes them back: {@code "name desc"} for a descending key. */
  public List<String> columnSpecs() {
    return keys.stream().map(key -> key.descending() ? key.column() + " desc" : key.column()).toList();
  }

  Index withColumnRenamed(String from, String to) {
    return new Index(name, keys.stream()
        .map(key -> key.column().equals(from) ? new Key(to, key.descending()) : key)
        .toList(), unique);
  }
}
