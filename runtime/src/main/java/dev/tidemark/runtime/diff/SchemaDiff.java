package dev.tidemark.runtime.diff;

import dev.tidemark.runtime.operation.AddCheck;
import dev.tidemark.runtime.operation.AddColumn;
import dev.tidemark.runtime.operation.AddPrimaryKey;
import dev.tidemark.runtime.operation.AlterColumnNullability;
import dev.tidemark.runtime.operation.AlterColumnType;
import dev.tidemark.runtime.operation.AlterSequence;
import dev.tidemark.runtime.operation.CreateSequence;
import dev.tidemark.runtime.operation.CreateTable;
import dev.tidemark.runtime.operation.DropCheck;
import dev.tidemark.runtime.operation.DropColumn;
import dev.tidemark.runtime.operation.DropPrimaryKey;
import dev.tidemark.runtime.operation.DropSequence;
import dev.tidemark.runtime.operation.DropTable;
import dev.tidemark.runtime.operation.Operation;
import dev.tidemark.runtime.schema.CheckConstraint;
import dev.tidemark.runtime.schema.Column;
import dev.tidemark.runtime.schema.Schema;
import dev.tidemark.runtime.schema.Sequence;
import dev.tidemark.runtime.schema.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Computes the operations that turn one schema model into another.
 *
 * <p>The downgrade of a revision is {@code between(to, from)}: the same engine run the other way,
 * so the inverse is exact by construction. The order keeps dependencies: sequences before the
 * tables that may use them, constraints dropped before the columns they cover and added after,
 * tables dropped before their sequences. Column order is not compared: PostgreSQL appends added
 * columns, so a migrated table may list its columns in another order than a fresh one.
 */
public final class SchemaDiff {

  private SchemaDiff() {}

  public static List<Operation> between(Schema from, Schema to) {
    List<Operation> operations = new ArrayList<>();
    for (Sequence sequence : to.sequences()) {
      Optional<Sequence> before = from.sequence(sequence.name());
      if (before.isEmpty()) {
        operations.add(new CreateSequence(sequence));
      } else if (!before.get().equals(sequence)) {
        operations.add(new AlterSequence(sequence));
      }
    }
    for (Table table : to.tables()) {
      if (from.table(table.name()).isEmpty()) {
        operations.add(new CreateTable(table));
      }
    }
    for (Table table : to.tables()) {
      from.table(table.name()).ifPresent(before -> alterTable(before, table, operations));
    }
    for (Table table : from.tables()) {
      if (to.table(table.name()).isEmpty()) {
        operations.add(new DropTable(table.name()));
      }
    }
    for (Sequence sequence : from.sequences()) {
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

  private static void alterTable(Table from, Table to, List<Operation> operations) {
    String table = to.name();
    for (CheckConstraint check : from.checks()) {
      if (!to.checks().contains(check)) {
        operations.add(new DropCheck(table, check.name()));
      }
    }
    boolean keyChanged = !Objects.equals(from.primaryKey(), to.primaryKey());
    if (keyChanged && from.primaryKey() != null) {
      operations.add(new DropPrimaryKey(table, from.primaryKey().name()));
    }
    for (Column column : to.columns()) {
      if (from.column(column.name()).isEmpty()) {
        operations.add(new AddColumn(table, column));
      }
    }
    for (Column column : to.columns()) {
      from.column(column.name()).ifPresent(before -> alterColumn(table, before, column, operations));
    }
    for (Column column : from.columns()) {
      if (to.column(column.name()).isEmpty()) {
        operations.add(new DropColumn(table, column.name()));
      }
    }
    if (keyChanged && to.primaryKey() != null) {
      operations.add(new AddPrimaryKey(table, to.primaryKey()));
    }
    for (CheckConstraint check : to.checks()) {
      if (!from.checks().contains(check)) {
        operations.add(new AddCheck(table, check));
      }
    }
  }

  private static void alterColumn(String table, Column from, Column to, List<Operation> operations) {
    if (from.identity() != to.identity()) {
      throw new UnsupportedChangeException(
          "column " + table + "." + to.name() + " changes identity generation ("
              + from.describe() + " -> " + to.describe() + "); Tidemark cannot migrate this yet");
    }
    if (!from.type().equals(to.type())) {
      operations.add(new AlterColumnType(table, to.name(), to.type()));
    }
    if (from.nullable() != to.nullable()) {
      operations.add(new AlterColumnNullability(table, to.name(), to.nullable()));
    }
  }
}
