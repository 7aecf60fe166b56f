package dev.tidemark.runtime.schema;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A foreign key constraint.
 *
 * @param name the constraint name
 * @param columns the referencing columns
 * @param referencedTable the referenced table
 * @param referencedColumns the referenced columns (its primary key or a unique key)
 * @param onDelete what a delete of the referenced row does
 * @param onUpdate what an update of the referenced key does
 * @param referencedSchema the schema of the referenced table, as the ledger names it; {@code null} for the
 *     schema of the referencing table. A migrator that applies a model under other schema names maps it alike.
 */
public record ForeignKey(String name, List<String> columns, String referencedTable, List<String> referencedColumns,
    Action onDelete, Action onUpdate, String referencedSchema) {

  /** A referential action; {@code NO_ACTION} is PostgreSQL's default. */
  public enum Action {
    NO_ACTION, RESTRICT, CASCADE, SET_NULL, SET_DEFAULT;

    /** The SQL words: {@code set null}. */
    public String sql() {
      return name().replace('_', ' ').toLowerCase(Locale.ROOT);
    }
  }

  public ForeignKey {
    PostgresNames.requireName(name, "foreign key name");
    PostgresNames.requireName(referencedTable, "referenced table");
    if (referencedSchema != null) {
      PostgresNames.requireName(referencedSchema, "referenced schema");
    }
    columns = List.copyOf(columns);
    referencedColumns = List.copyOf(referencedColumns);
    Objects.requireNonNull(onDelete, "onDelete");
    Objects.requireNonNull(onUpdate, "onUpdate");
    if (columns.isEmpty() || columns.size() != referencedColumns.size()) {
      throw new IllegalArgumentException("foreign key " + name + " must name as many columns (" + columns
          + ") as it references (" + referencedColumns + ")");
    }
  }

  /** A foreign key to a table of the same schema. */
  public ForeignKey(String name, List<String> columns, String referencedTable, List<String> referencedColumns,
      Action onDelete, Action onUpdate) {
    this(name, columns, referencedTable, referencedColumns, onDelete, onUpdate, null);
  }

  /** Whether the referenced table lives in another schema than the referencing one. */
  public boolean crossSchema() {
    return referencedSchema != null;
  }

  /** Starts a foreign key; finish it with {@link #references}. */
  public static Builder foreignKey(String name, String... columns) {
    return new Builder(name, List.of(columns));
  }

  public ForeignKey onDelete(Action action) {
    return new ForeignKey(name, columns, referencedTable, referencedColumns, action, onUpdate, referencedSchema);
  }

  public ForeignKey onUpdate(Action action) {
    return new ForeignKey(name, columns, referencedTable, referencedColumns, onDelete, action, referencedSchema);
  }

  /** This key renamed to {@code newName}. */
  ForeignKey withName(String newName) {
    return new ForeignKey(newName, columns, referencedTable, referencedColumns, onDelete, onUpdate, referencedSchema);
  }

  /** Follows a column renamed in {@code table} of the same schema; {@code owningTable} holds this key. */
  ForeignKey withColumnRenamed(String table, String owningTable, String from, String to) {
    return new ForeignKey(name,
        owningTable.equals(table) ? Names.replace(columns, from, to) : columns,
        referencedTable,
        !crossSchema() && referencedTable.equals(table) ? Names.replace(referencedColumns, from, to) : referencedColumns,
        onDelete, onUpdate, referencedSchema);
  }

  ForeignKey withReferencedTable(String table) {
    return new ForeignKey(name, columns, table, referencedColumns, onDelete, onUpdate, referencedSchema);
  }

  /** The first half of a foreign key declaration. */
  public record Builder(String name, List<String> columns) {

    public ForeignKey references(String table, String... referencedColumns) {
      return new ForeignKey(name, columns, table, List.of(referencedColumns), Action.NO_ACTION, Action.NO_ACTION);
    }

    /** References {@code table} of another schema, {@code schema} as the ledger names it. */
    public ForeignKey referencesIn(String schema, String table, String... referencedColumns) {
      return new ForeignKey(name, columns, table, List.of(referencedColumns), Action.NO_ACTION, Action.NO_ACTION,
          schema);
    }
  }
}
