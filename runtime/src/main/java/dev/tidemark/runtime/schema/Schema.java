package dev.tidemark.runtime.schema;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

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
    Set<String> relationNames = new HashSet<>();
    for (Table table : tables) {
      if (!relationNames.add(table.name())) {
        throw new IllegalArgumentException("schema " + name + " has relation " + table.name() + " twice");
      }
    }
    for (Sequence sequence : sequences) {
      if (!relationNames.add(sequence.name())) {
        throw new IllegalArgumentException("schema " + name + " has relation " + sequence.name() + " twice");
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
    List<Table> changed = new ArrayList<>(withoutTable(table.name()).tables);
    changed.add(table);
    return new Schema(name, changed, sequences);
  }

  public Schema withoutTable(String tableName) {
    return new Schema(
        name, tables.stream().filter(table -> !table.name().equals(tableName)).toList(), sequences);
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
}
