package dev.tidemark.benchmarks;

import dev.tidemark.processor.ledger.Ledger;
import dev.tidemark.processor.ledger.LedgerRevision;
import dev.tidemark.processor.ledger.LedgerWriter;
import dev.tidemark.runtime.diff.SchemaDiff;
import dev.tidemark.runtime.schema.Schema;
import dev.tidemark.runtime.schema.Table;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Locale;

/**
 * Writes a ledger of frozen revisions that build {@code target} a slice of tables at a time, with
 * the processor's own ledger writer, so checksums, SQL previews and the head are what a run of
 * freezes would have left.
 */
final class FrozenLedger {

  private FrozenLedger() {}

  /** Writes {@code revisions} frozen revisions under {@code root}, ending at {@code target}. */
  static void write(Path root, Schema target, int revisions) {
    String schema = target.name();
    LedgerWriter writer = new LedgerWriter(new Ledger(schema, root.resolve(schema), List.of(), List.of(),
        Schema.empty(schema), Map.of()));
    List<Table> tables = target.tables();
    Schema state = Schema.empty(schema);
    String parent = null;
    for (int number = 1; number <= revisions; number++) {
      int end = (int) ((long) tables.size() * number / revisions);
      Schema after = new Schema(schema, tables.subList(0, end), List.of());
      String id = String.format(Locale.ROOT, "%04d_tables_%d", number, number);
      writer.write(new LedgerRevision(id, parent, false, "tables, part " + number,
          SchemaDiff.between(state, after), SchemaDiff.between(after, state)));
      state = after;
      parent = id;
    }
    writer.writeHead(target, parent, parent);
  }

  /** The schema the ledger's draft at {@code root} leads to, as the processor recorded it. */
  static Schema draftTarget(Path root, String schema) {
    Ledger ledger = Ledger.load(root, schema);
    Schema state = ledger.snapshot();
    for (LedgerRevision draft : ledger.drafts()) {
      for (var operation : draft.upgrade()) {
        state = operation.applyTo(state);
      }
    }
    return state;
  }
}
