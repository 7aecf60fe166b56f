package dev.tidemark.runtime.schema;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.RandomAccess;
import java.util.Set;
import java.util.TreeSet;

/**
 * Everything Tidemark manages in one PostgreSQL schema.
 *
 * @param name the schema name the model was built for (a migrator may apply it under another name)
 * @param tables the tables, sorted by name
 * @param sequences the sequences, sorted by name
 */
public record Schema(String name, List<Table> tables, List<Sequence> sequences) {

  public Schema {
    PostgresNames.requireName(name, "schema name");
    TablesByName byName = TablesByName.of(tables);
    tables = byName;
    sequences = sequences.stream().sorted(Comparator.comparing(Sequence::name)).toList();
    // Tables, sequences, indexes and the indexes behind primary keys and uniques share one namespace.
    Set<String> relationNames = new HashSet<>();
    List<String> relations = new ArrayList<>();
    for (Table table : tables) {
      relations.add(table.name());
      if (table.primaryKey() != null) {
        relations.add(table.primaryKey().name());
      }
      table.uniques().forEach(unique -> relations.add(unique.name()));
      table.indexes().forEach(index -> relations.add(index.name()));
    }
    sequences.forEach(sequence -> relations.add(sequence.name()));
    for (String relation : relations) {
      if (!relationNames.add(relation)) {
        throw new IllegalArgumentException("schema " + name + " has relation " + relation + " twice");
      }
    }
    for (Table table : tables) {
      // A key into another schema is checked with both schemas at hand ({@link #checkReferencesAcross}).
      for (ForeignKey key : table.foreignKeys().stream().filter(key -> !key.crossSchema()).toList()) {
        checkReference(table, key, byName.get(key.referencedTable()));
      }
    }
  }

  /**
   * Checks the foreign keys of {@code schemas} that cross into another schema of them: each names a
   * table of that schema, and a key of it. A schema checks its own keys when it is built.
   *
   * @throws IllegalArgumentException naming the first dangling reference
   */
  public static void checkReferencesAcross(Map<String, Schema> schemas) {
    for (Schema schema : schemas.values()) {
      for (Table table : schema.tables()) {
        for (ForeignKey key : table.foreignKeys().stream().filter(ForeignKey::crossSchema).toList()) {
          Schema referenced = schemas.get(key.referencedSchema());
          checkReference(table, key, referenced == null ? null : referenced.table(key.referencedTable()).orElse(null));
        }
      }
    }
  }

  private static void checkReference(Table table, ForeignKey key, Table referenced) {
    String target = (key.crossSchema() ? key.referencedSchema() + "." : "") + key.referencedTable();
    if (referenced == null) {
      throw new IllegalArgumentException("foreign key " + key.name() + " of table " + table.name()
          + " references missing table " + target);
    }
    for (String column : key.referencedColumns()) {
      if (referenced.column(column).isEmpty()) {
        throw new IllegalArgumentException("foreign key " + key.name() + " of table " + table.name()
            + " references missing column " + target + "." + column);
      }
    }
    if (!referenced.hasKeyOn(Set.copyOf(key.referencedColumns()))) {
      throw new IllegalArgumentException("foreign key " + key.name() + " of table " + table.name()
          + " references " + target + key.referencedColumns()
          + ", which is not its primary key, a unique constraint or a unique index");
    }
  }

  /** The other schemas this one's foreign keys reference, sorted. */
  public Set<String> referencedSchemas() {
    Set<String> referenced = new TreeSet<>();
    tables.forEach(table -> table.foreignKeys().stream().filter(ForeignKey::crossSchema)
        .forEach(key -> referenced.add(key.referencedSchema())));
    return referenced;
  }

  public static Schema empty(String name) {
    return new Schema(name, List.of(), List.of());
  }

  public Optional<Table> table(String tableName) {
    return Optional.ofNullable(((TablesByName) tables).get(tableName));
  }

  public Optional<Sequence> sequence(String sequenceName) {
    return sequences.stream().filter(sequence -> sequence.name().equals(sequenceName)).findFirst();
  }

  /** This schema with {@code table} added, or replacing the table of the same name. */
  public Schema withTable(Table table) {
    return toBuilder().withTable(table).build();
  }

  public Schema withoutTable(String tableName) {
    return toBuilder().withoutTable(tableName).build();
  }

  /** This schema with a table renamed, and the foreign keys that reference it following it. */
  public Schema withTableRenamed(String from, String to) {
    return toBuilder().withTableRenamed(from, to).build();
  }

  /** This schema with a column renamed, in its table and in the foreign keys that reference it. */
  public Schema withColumnRenamed(String table, String from, String to) {
    return toBuilder().withColumnRenamed(table, from, to).build();
  }

  public Schema withSequence(Sequence sequence) {
    return toBuilder().withSequence(sequence).build();
  }

  public Schema withoutSequence(String sequenceName) {
    return toBuilder().withoutSequence(sequenceName).build();
  }

  /** A builder holding this schema, for many changes checked once, when it is built. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /**
   * A schema being changed: the same changes as {@link Schema}'s, in place, with tables found by name
   * in constant time. What makes a schema whole (one namespace of relations, foreign keys that
   * reference a key) is checked by {@link #build()}, once for many changes instead of once for each.
   */
  public static final class Builder {

    private final String name;
    private final Map<String, Table> tables;
    private final Map<String, Sequence> sequences;

    private Builder(Schema schema) {
      this.name = schema.name;
      this.tables = new HashMap<>(((TablesByName) schema.tables).byName);
      this.sequences = new HashMap<>();
      schema.sequences.forEach(sequence -> sequences.put(sequence.name(), sequence));
    }

    public Optional<Table> table(String tableName) {
      return Optional.ofNullable(tables.get(tableName));
    }

    public Optional<Sequence> sequence(String sequenceName) {
      return Optional.ofNullable(sequences.get(sequenceName));
    }

    /** Adds {@code table}, or replaces the table of the same name. */
    public Builder withTable(Table table) {
      tables.put(table.name(), table);
      return this;
    }

    public Builder withoutTable(String tableName) {
      tables.remove(tableName);
      return this;
    }

    /** Renames a table; the foreign keys that reference it follow it. */
    public Builder withTableRenamed(String from, String to) {
      Table renamed = tables.remove(from);
      if (renamed != null) {
        tables.put(to, renamed.withName(to));
      }
      tables.replaceAll((tableName, table) -> table.withReferencedTableRenamed(from, to));
      return this;
    }

    /** Renames a column, in its table and in the foreign keys that reference it. */
    public Builder withColumnRenamed(String table, String from, String to) {
      tables.computeIfPresent(table, (tableName, found) -> found.withColumnRenamed(from, to));
      tables.replaceAll((tableName, found) -> found.withReferencedColumnRenamed(table, from, to));
      return this;
    }

    public Builder withSequence(Sequence sequence) {
      sequences.put(sequence.name(), sequence);
      return this;
    }

    public Builder withoutSequence(String sequenceName) {
      sequences.remove(sequenceName);
      return this;
    }

    /** The schema, checked as a whole; the builder stays usable. */
    public Schema build() {
      return new Schema(name, new ArrayList<>(tables.values()), new ArrayList<>(sequences.values()));
    }
  }

  /**
   * The tables sorted by name, the order the canonical JSON lists them in, and indexed by name, so a
   * lookup does not scan a schema of thousands of tables. Immutable.
   */
  private static final class TablesByName extends AbstractList<Table> implements RandomAccess {

    private final Table[] sorted;
    private final Map<String, Table> byName;

    private TablesByName(Table[] sorted, Map<String, Table> byName) {
      this.sorted = sorted;
      this.byName = byName;
    }

    static TablesByName of(List<Table> tables) {
      if (tables instanceof TablesByName already) {
        return already;
      }
      Table[] sorted = tables.toArray(Table[]::new);
      Arrays.sort(sorted, Comparator.comparing(Table::name));
      Map<String, Table> byName = new HashMap<>();
      // A name given twice is reported by the schema's check of its relations.
      for (Table table : sorted) {
        byName.put(table.name(), table);
      }
      return new TablesByName(sorted, byName);
    }

    Table get(String tableName) {
      return byName.get(tableName);
    }

    @Override
    public Table get(int index) {
      return sorted[index];
    }

    @Override
    public int size() {
      return sorted.length;
    }
  }
}
