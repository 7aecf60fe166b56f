package dev.tidemark.benchmarks;

import static dev.tidemark.runtime.schema.Column.column;
import static dev.tidemark.runtime.schema.ForeignKey.foreignKey;
import static dev.tidemark.runtime.schema.Index.index;
import static dev.tidemark.runtime.schema.PrimaryKey.primaryKey;

import dev.tidemark.processor.ledger.LedgerRevision;
import dev.tidemark.runtime.diff.SchemaDiff;
import dev.tidemark.runtime.operation.AddColumn;
import dev.tidemark.runtime.operation.AddForeignKey;
import dev.tidemark.runtime.operation.CreateIndex;
import dev.tidemark.runtime.operation.CreateTable;
import dev.tidemark.runtime.operation.Operation;
import dev.tidemark.runtime.schema.Schema;
import dev.tidemark.runtime.schema.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * The revision history every tool applies: a chain of revisions that create tables, add columns,
 * indexes and foreign keys, as a growing service's schema does. Each revision's downgrade is the
 * diff run the other way, so it is exact, as the processor's own are.
 */
final class RevisionHistory {

  private RevisionHistory() {}

  /** {@code count} frozen revisions of schema {@code schema}, first to last. */
  static List<LedgerRevision> generate(String schema, int count) {
    List<LedgerRevision> revisions = new ArrayList<>();
    Schema state = Schema.empty(schema);
    String newestTable = null;
    String previousTable = null;
    for (int number = 1; number <= count; number++) {
      String name;
      List<Operation> upgrade;
      // Every other kind of change needs a table to act on, so the cycle starts by creating one.
      int step = newestTable == null ? 0 : number % 5;
      if (step == 0 || step == 4) {
        previousTable = newestTable;
        newestTable = "t" + String.format("%04d", number);
        name = "create_" + newestTable;
        upgrade = List.of(new CreateTable(table(newestTable)));
      } else if (step == 1) {
        name = "add_columns_" + number;
        upgrade = List.of(
            new AddColumn(newestTable, column("note_" + number, "character varying(255)")),
            new AddColumn(newestTable, column("quantity_" + number, "integer")));
      } else if (step == 2) {
        name = "index_" + newestTable;
        upgrade = List.of(new CreateIndex(newestTable, index(newestTable + "_name_idx", "name")));
      } else if (previousTable == null) {
        name = "index_created_" + number;
        upgrade = List.of(new CreateIndex(newestTable, index(newestTable + "_created_idx", "created_at")));
      } else {
        name = "reference_" + previousTable;
        upgrade = List.of(
            new AddColumn(newestTable, column("parent_id", "bigint")),
            new AddForeignKey(newestTable, foreignKey(newestTable + "_parent_fk", "parent_id")
                .references(previousTable, "id")));
      }
      Schema after = state;
      for (Operation operation : upgrade) {
        after = operation.applyTo(after);
      }
      String id = String.format("%04d_%s", number, name);
      String parent = revisions.isEmpty() ? null : revisions.get(revisions.size() - 1).id();
      revisions.add(new LedgerRevision(id, parent, false, name.replace('_', ' '), upgrade,
          SchemaDiff.between(after, state)));
      state = after;
    }
    return revisions;
  }

  /** A table as an entity maps it: a key, a few typed columns, a primary key. */
  static Table table(String name) {
    return Table.of(name, List.of(
        column("id", "bigint").notNull(),
        column("name", "character varying(64)").notNull(),
        column("amount", "numeric(20,2)"),
        column("created_at", "timestamp(6) with time zone").notNull(),
        column("active", "boolean").notNull(),
        primaryKey(name + "_pkey", "id")));
  }
}
