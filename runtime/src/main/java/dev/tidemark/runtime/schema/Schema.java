package dev.tidemark.runtime.schema;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

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
    tables = tables.stream().sorted(Comparator.comparing(Table::name)).toList();
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
      for (ForeignKey key : table.foreignKeys()) {
        Table referenced = tables.stream().filter(candidate -> candidate.name().equals(key.referencedTable()))
            .findFirst()
            .orElseThrow(() -> new IllegalArgumentException("foreign key " + key.name() + " of table " + table.name()
                + " references missing table " + key.referencedTable()));
        for (String column : key.referencedColumns()) {
          if (referenced.column(column).isEmpty()) {
            throw new IllegalArgumentException("foreign key " + key.name() + " of table " + table.name()
                + " references missing column " + referenced.name() + "." + column);
          }
        }
        if (!referenced.hasKeyOn(Set.copyOf(key.referencedColumns()))) {
          throw new IllegalArgumentException("foreign key " + key.name() + " of table " + table.name()
              + " references " + referenced.name() + key.referencedColumns()
              + ", which is not its primary key, a unique constraint or a unique index");
        }
      }
    }
  }

  public static Schema empty(String name) {
    return new Schema(name, List.of(), List.of());
  }

  public Optional<Table> table(String tableName) {
    return tables.stream().filter(table -> table.name().equals(tableName)).findFirst();
  }

  public Optional<Sequence> sequence(String sequenceName) {
    return sequences.stream().filter(sequence -> sequence.name().equals(sequenceName)).findFirst();
  }

  /** This schema with {@code table} added, or replacing the table of the same name. */
  public Schema withTable(Table table) {
    List<Table> changed = new ArrayList<>(tables.stream().filter(t -> !t.name().equals(table.name())).toList());
    changed.add(table);
    return new Schema(name, changed, sequences);
  }

  public Schema withoutTable(String tableName) {
    return new Schema(
        name, tables.stream().filter(table -> !table.name().equals(tableName)).toList(), sequences);
  }

  /** This schema with a table renamed, and the foreign keys that reference it following it. */
  public Schema withTableRenamed(String from, String to) {
    return mapTables(table -> (table.name().equals(from) ? table.withName(to) : table)
        .withReferencedTableRenamed(from, to));
  }

  /** This schema with a column renamed, in its table and in the foreign keys that reference it. */
  public Schema withColumnRenamed(String table, String from, String to) {
    return mapTables(candidate -> (candidate.name().equals(table) ? candidate.withColumnRenamed(from, to) : candidate)
        .withReferencedColumnRenamed(table, from, to));
  }

  public Schema withSequence(Sequence sequence) {
    List<Sequence> changed = new ArrayList<>(withoutSequence(sequence.name()).sequences);
    changed.add(sequence);
    return new Schema(name, tables, changed);
  }

  public Schema withoutSequence(String sequenceName) {
    return new Schema(
        name, tables, sequences.stream().filter(sequence -> !sequence.name().equals(sequenceName)).toList());
  }

  private Schema mapTables(UnaryOperator<Table> change) {
    return new Schema(name, tables.stream().map(change).toList(), sequences);
  }
}
