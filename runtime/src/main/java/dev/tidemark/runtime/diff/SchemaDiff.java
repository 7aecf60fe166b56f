package dev.tidemark.runtime.diff;

import dev.tidemark.runtime.operation.AddCheck;
import dev.tidemark.runtime.operation.AddColumn;
import dev.tidemark.runtime.operation.AddForeignKey;
import dev.tidemark.runtime.operation.AddPrimaryKey;
import dev.tidemark.runtime.operation.AddUnique;
import dev.tidemark.runtime.operation.AlterColumnDefault;
import dev.tidemark.runtime.operation.AlterColumnIdentity;
import dev.tidemark.runtime.operation.AlterColumnNullability;
import dev.tidemark.runtime.operation.AlterColumnType;
import dev.tidemark.runtime.operation.AlterSequence;
import dev.tidemark.runtime.operation.CreateIndex;
import dev.tidemark.runtime.operation.CreateSequence;
import dev.tidemark.runtime.operation.CreateTable;
import dev.tidemark.runtime.operation.DropColumn;
import dev.tidemark.runtime.operation.DropConstraint;
import dev.tidemark.runtime.operation.DropIndex;
import dev.tidemark.runtime.operation.DropSequence;
import dev.tidemark.runtime.operation.DropTable;
import dev.tidemark.runtime.operation.Operation;
import dev.tidemark.runtime.operation.OperationExtensions;
import dev.tidemark.runtime.operation.RenameColumn;
import dev.tidemark.runtime.operation.RenameConstraint;
import dev.tidemark.runtime.operation.RenameIndex;
import dev.tidemark.runtime.operation.RenameTable;
import dev.tidemark.runtime.operation.SetColumnComment;
import dev.tidemark.runtime.operation.SetTableComment;
import dev.tidemark.runtime.schema.CheckConstraint;
import dev.tidemark.runtime.schema.Column;
import dev.tidemark.runtime.schema.ForeignKey;
import dev.tidemark.runtime.schema.Index;
import dev.tidemark.runtime.schema.PrimaryKey;
import dev.tidemark.runtime.schema.Schema;
import dev.tidemark.runtime.schema.Sequence;
import dev.tidemark.runtime.schema.Table;
import dev.tidemark.runtime.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Computes the operations that turn one schema model into another.
 *
 * <p>The downgrade of a revision is {@code between(to, from, hints.reversed())}: the same engine
 * run the other way, so the inverse is exact by construction. The order keeps every dependency:
 * hinted renames first; sequences created or altered; then everything that goes away, in every
 * table (foreign keys, indexes, constraints, whole tables), since index and constraint names share
 * one namespace per schema and a freed name may be taken again; constraints and indexes renamed;
 * new tables created without their foreign keys; columns added, altered and dropped; constraints
 * added; then indexes and foreign keys added, which also breaks reference cycles; sequences dropped
 * last. A constraint or index whose definition stays but whose name changes (its table was renamed)
 * is renamed, not rebuilt. Column order is not compared: PostgreSQL appends added columns.
 */
public final class SchemaDiff {

  private SchemaDiff() {}

  public static List<Operation> between(Schema from, Schema to) {
    return between(from, to, RenameHints.NONE);
  }

  public static List<Operation> between(Schema from, Schema to, RenameHints hints) {
    List<Operation> operations = new ArrayList<>();
    Schema state = renamed(from, to, RenameHints.orNone(hints), operations);
    List<Table> kept = to.tables().stream().filter(table -> state.table(table.name()).isPresent()).toList();
    List<Table> created = to.tables().stream().filter(table -> state.table(table.name()).isEmpty()).toList();
    List<Table> dropped = state.tables().stream().filter(table -> to.table(table.name()).isEmpty()).toList();

    for (Sequence sequence : to.sequences()) {
      Optional<Sequence> before = state.sequence(sequence.name());
      if (before.isEmpty()) {
        operations.add(new CreateSequence(sequence));
      } else if (!before.get().equals(sequence)) {
        operations.add(new AlterSequence(sequence));
      }
    }
    List<TableChanges> changes = kept.stream()
        .map(table -> new TableChanges(state.table(table.name()).orElseThrow(), table))
        .toList();
    // A foreign key needs the key it references: when that key is rebuilt, so is the foreign key.
    Set<List<Object>> rebuiltKeys = new HashSet<>();
    changes.forEach(change -> rebuiltKeys.addAll(change.removedKeys()));
    changes.forEach(change -> change.rebuildForeignKeysReferencing(rebuiltKeys));

    // Everything that goes away goes first, in every table: index and constraint names share one
    // namespace per schema, so a name freed here may be taken again below.
    for (Table table : dropped) {
      table.foreignKeys().forEach(key -> operations.add(new DropConstraint(table.name(), key.name())));
    }
    changes.forEach(change -> change.dropForeignKeysAndIndexes(operations));
    changes.forEach(change -> change.dropConstraints(operations));
    dropped.forEach(table -> operations.add(new DropTable(table.name())));
    changes.forEach(change -> change.renameConstraintsAndIndexes(operations));
    for (Table table : created) {
      operations.add(new CreateTable(table.createdPart()));
      addComments(table.createdPart(), table, operations);
    }
    changes.forEach(change -> change.alterColumns(operations));
    changes.forEach(change -> change.addConstraints(operations));
    for (Table table : created) {
      table.indexes().forEach(index -> operations.add(new CreateIndex(table.name(), index)));
    }
    changes.forEach(change -> change.addIndexes(operations));
    for (Table table : created) {
      table.foreignKeys().forEach(key -> operations.add(new AddForeignKey(table.name(), key)));
    }
    changes.forEach(change -> change.addForeignKeys(operations));
    changes.forEach(change -> change.addCustomOperations(operations));
    for (Sequence sequence : state.sequences()) {
      if (to.sequence(sequence.name()).isEmpty()) {
        operations.add(new DropSequence(sequence.name()));
      }
    }
    return List.copyOf(operations);
  }

  /** Whether the two models describe the same catalog (column order aside). */
  public static boolean same(Schema left, Schema right) {
    return between(left, right).isEmpty();
  }

  /** Applies the hinted renames that fit both models, recording them, and returns the renamed source. */
  private static Schema renamed(Schema from, Schema to, RenameHints hints, List<Operation> operations) {
    Schema state = from;
    for (RenameHints.TableRename rename : hints.tables()) {
      if (state.table(rename.from()).isPresent() && state.table(rename.to()).isEmpty()
          && to.table(rename.to()).isPresent() && to.table(rename.from()).isEmpty()) {
        state = record(new RenameTable(rename.from(), rename.to()), state, operations);
      }
    }
    for (RenameHints.ColumnRename rename : hints.columns()) {
      Optional<Table> before = state.table(rename.table());
      Optional<Table> after = to.table(rename.table());
      if (before.isPresent() && after.isPresent()
          && before.get().column(rename.from()).isPresent() && before.get().column(rename.to()).isEmpty()
          && after.get().column(rename.to()).isPresent() && after.get().column(rename.from()).isEmpty()) {
        state = record(new RenameColumn(rename.table(), rename.from(), rename.to()), state, operations);
      }
    }
    return state;
  }

  private static Schema record(Operation operation, Schema state, List<Operation> operations) {
    operations.add(operation);
    return operation.applyTo(state);
  }

  private static void addComments(Table from, Table to, List<Operation> operations) {
    if (!Objects.equals(from.comment(), to.comment())) {
      operations.add(new SetTableComment(to.name(), to.comment()));
    }
    for (Column column : to.columns()) {
      String before = from.column(column.name()).map(Column::comment).orElse(null);
      if (!Objects.equals(before, column.comment())) {
        operations.add(new SetColumnComment(to.name(), column.name(), column.comment()));
      }
    }
  }

  /** The changes to one table that exists before and after, emitted phase by phase. */
  private static final class TableChanges {

    private final Table from;
    private final Table to;
    private Matching<ForeignKey> foreignKeys;
    private final Matching<Index> indexes;
    private final Matching<UniqueConstraint> uniques;
    private final Matching<CheckConstraint> checks;
    private final Matching<PrimaryKey> primaryKey;

    TableChanges(Table from, Table to) {
      this.from = from;
      this.to = to;
      this.foreignKeys = Matching.of(from.foreignKeys(), to.foreignKeys(), ForeignKey::name,
          key -> List.of(key.columns(), Objects.toString(key.referencedSchema(), ""), key.referencedTable(), key.referencedColumns(),
              key.onDelete(), key.onUpdate()));
      this.indexes = Matching.of(from.indexes(), to.indexes(), Index::name, index -> List.of(index.keys(), index.unique()));
      this.uniques = Matching.of(from.uniques(), to.uniques(), UniqueConstraint::name, UniqueConstraint::columns);
      this.checks = Matching.of(withKnownConstants(from, to), withKnownConstants(to, from), CheckConstraint::name,
          check -> List.of(check.expression(), check.enumConstants()));
      this.primaryKey = Matching.of(optional(from.primaryKey()), optional(to.primaryKey()), PrimaryKey::name,
          PrimaryKey::columns);
    }

    /**
     * {@code table}'s checks, each enum check recorded before Tidemark recorded its constants taking
     * those of {@code other}'s same check: nothing says the constants changed, and no revision
     * should be written only to record them.
     */
    private static List<CheckConstraint> withKnownConstants(Table table, Table other) {
      return table.checks().stream()
          .map(check -> !check.enumConstants().isEmpty() ? check : other.checks().stream()
              .filter(same -> same.name().equals(check.name()) && same.expression().equals(check.expression()))
              .findFirst().orElse(check))
          .toList();
    }

    /** The keys (table, columns) this table loses: dropped primary keys and uniques. */
    List<List<Object>> removedKeys() {
      List<List<Object>> keys = new ArrayList<>();
      primaryKey.removed().forEach(key -> keys.add(List.of(from.name(), key.columns())));
      uniques.removed().forEach(unique -> keys.add(List.of(from.name(), unique.columns())));
      return keys;
    }

    /** Drops and re-adds the unchanged foreign keys that reference one of {@code rebuiltKeys}. */
    void rebuildForeignKeysReferencing(Set<List<Object>> rebuiltKeys) {
      List<ForeignKey> removed = new ArrayList<>(foreignKeys.removed());
      List<ForeignKey> added = new ArrayList<>(foreignKeys.added());
      for (ForeignKey key : to.foreignKeys()) {
        boolean unchanged = from.foreignKeys().contains(key);
        if (unchanged && !key.crossSchema() && rebuiltKeys.contains(List.of(key.referencedTable(), key.referencedColumns()))) {
          removed.add(key);
          added.add(key);
        }
      }
      foreignKeys = new Matching<>(removed, foreignKeys.renamed(), added);
    }

    void dropForeignKeysAndIndexes(List<Operation> operations) {
      foreignKeys.removed().forEach(key -> operations.add(new DropConstraint(from.name(), key.name())));
      indexes.removed().forEach(index -> operations.add(new DropIndex(from.name(), index.name())));
    }

    void dropConstraints(List<Operation> operations) {
      String table = from.name();
      checks.removed().forEach(check -> operations.add(new DropConstraint(table, check.name())));
      uniques.removed().forEach(unique -> operations.add(new DropConstraint(table, unique.name())));
      primaryKey.removed().forEach(key -> operations.add(new DropConstraint(table, key.name())));
    }

    void renameConstraintsAndIndexes(List<Operation> operations) {
      String table = to.name();
      for (Matching.Rename rename : concat(primaryKey.renamed(), uniques.renamed(), checks.renamed(),
          foreignKeys.renamed())) {
        operations.add(new RenameConstraint(table, rename.from(), rename.to()));
      }
      indexes.renamed().forEach(rename -> operations.add(new RenameIndex(table, rename.from(), rename.to())));
    }

    void alterColumns(List<Operation> operations) {
      String table = to.name();
      for (Column column : to.columns()) {
        if (from.column(column.name()).isEmpty()) {
          operations.add(new AddColumn(table, column.comment(null)));
        }
      }
      for (Column column : to.columns()) {
        from.column(column.name()).ifPresent(before -> alterColumn(from, to, before, column, operations));
      }
      for (Column column : from.columns()) {
        if (to.column(column.name()).isEmpty()) {
          operations.add(new DropColumn(table, column.name()));
        }
      }
    }

    void addConstraints(List<Operation> operations) {
      String table = to.name();
      primaryKey.added().forEach(key -> operations.add(new AddPrimaryKey(table, key)));
      uniques.added().forEach(unique -> operations.add(new AddUnique(table, unique)));
      checks.added().forEach(check -> operations.add(new AddCheck(table, check)));
      addComments(from, to, operations);
    }

    void addIndexes(List<Operation> operations) {
      indexes.added().forEach(index -> operations.add(new CreateIndex(to.name(), index)));
    }

    void addForeignKeys(List<Operation> operations) {
      foreignKeys.added().forEach(key -> operations.add(new AddForeignKey(to.name(), key)));
    }

    /** The changes only extensions know, such as a partitioning policy's. */
    void addCustomOperations(List<Operation> operations) {
      OperationExtensions.all().forEach(extension -> operations.addAll(extension.diff(from, to)));
    }

    /**
     * One column's changes, in the order PostgreSQL accepts them: identity goes before the type and
     * default change, and comes back after the column is not null and has no default.
     */
    private static void alterColumn(Table fromTable, Table toTable, Column from, Column to, List<Operation> operations) {
      String table = toTable.name();
      String column = to.name();
      if (from.identity() && !to.identity()) {
        operations.add(new AlterColumnIdentity(table, column, false));
      }
      boolean typeChanged = !from.type().equals(to.type());
      // An enum's stored values are converted when what they stand for changes, even in the same type.
      Optional<String> conversion = EnumConversion.between(fromTable, toTable, column, to.type());
      if (typeChanged || conversion.isPresent()) {
        operations.add(new AlterColumnType(table, column, to.type(), conversion.orElse(null)));
      }
      // A type change leaves the old default behind a cast (('x'::varchar)::text); setting it again stores it clean.
      if (!Objects.equals(from.defaultValue(), to.defaultValue()) || (typeChanged && to.defaultValue() != null)) {
        operations.add(new AlterColumnDefault(table, column, to.defaultValue()));
      }
      // Identity columns are never null, and dropping identity keeps not null: one comparison covers all cases.
      if (from.nullable() != to.nullable()) {
        operations.add(new AlterColumnNullability(table, column, to.nullable()));
      }
      if (!from.identity() && to.identity()) {
        operations.add(new AlterColumnIdentity(table, column, true));
      }
    }

    private static <T> List<T> optional(T value) {
      return value == null ? List.of() : List.of(value);
    }

    @SafeVarargs
    private static List<Matching.Rename> concat(List<Matching.Rename>... lists) {
      List<Matching.Rename> all = new ArrayList<>();
      for (List<Matching.Rename> list : lists) {
        all.addAll(list);
      }
      return all;
    }
  }
}
