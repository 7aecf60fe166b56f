package dev.tidemark.benchmarks;

import static dev.tidemark.runtime.schema.Column.column;

import dev.tidemark.processor.ledger.Ledger;
import dev.tidemark.runtime.diff.SchemaDiff;
import dev.tidemark.runtime.schema.Column;
import dev.tidemark.runtime.schema.ForeignKey;
import dev.tidemark.runtime.schema.Index;
import dev.tidemark.runtime.schema.PrimaryKey;
import dev.tidemark.runtime.schema.Schema;
import dev.tidemark.runtime.schema.Table;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.ref.Reference;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The forked side of the scale benchmark: for one model size, in a fresh JVM, times the diff and the
 * ledger load and measures what they allocate and what a loaded ledger keeps.
 *
 * <p>Arguments: {@code <diff|ledger> <tables> <runs> <ledger directory>}: the diffs, or the load of a
 * ledger of frozen revisions that build the model (run apart, so a slow load can be stopped alone).
 */
public final class ScaleCall {

  private static final String SCHEMA = "scale";
  /** A measurement stops repeating past this, so the largest sizes stay bounded in time. */
  private static final Duration REPEAT_LIMIT = Duration.ofSeconds(30);
  static final int LEDGER_REVISIONS = 10;

  private static final com.sun.management.ThreadMXBean THREADS =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

  private ScaleCall() {}

  public static void main(String[] args) {
    int tables = Integer.parseInt(args[1]);
    int runs = Integer.parseInt(args[2]);
    Schema model = model(tables);
    if (args[0].equals("diff")) {
      Schema oneColumnMore = model.withTable(model.tables().get(0).withColumn(column("added", "integer")));
      Schema empty = Schema.empty(SCHEMA);
      measure("diff-create", runs, () -> SchemaDiff.between(empty, model));
      measure("diff-unchanged", runs, () -> SchemaDiff.between(model, model));
      measure("diff-one-column", runs, () -> SchemaDiff.between(model, oneColumnMore));
      return;
    }
    Path ledgerRoot = Path.of(args[3]);
    FrozenLedger.write(ledgerRoot, model, LEDGER_REVISIONS);
    measure("ledger-load", runs, () -> Ledger.load(ledgerRoot, SCHEMA));

    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    System.gc();
    long before = memory.getHeapMemoryUsage().getUsed();
    Ledger ledger = Ledger.load(ledgerRoot, SCHEMA);
    System.gc();
    Fork.result("ledger-retained", memory.getHeapMemoryUsage().getUsed() - before);
    Reference.reachabilityFence(ledger);
  }

  /** Times {@code work} up to {@code runs} times, and reports what its first run allocated. */
  private static void measure(String name, int runs, Supplier<Object> work) {
    long limit = System.nanoTime() + REPEAT_LIMIT.toNanos();
    for (int run = 0; run < runs && (run == 0 || System.nanoTime() < limit); run++) {
      long allocatedBefore = THREADS.getCurrentThreadAllocatedBytes();
      long started = System.nanoTime();
      Reference.reachabilityFence(work.get());
      Fork.result(name, System.nanoTime() - started);
      if (run == 0) {
        Fork.result(name + "-allocated", THREADS.getCurrentThreadAllocatedBytes() - allocatedBefore);
      }
    }
  }

  /**
   * A schema of {@code count} tables shaped like the build benchmark's entities: an id key and 9 to
   * 19 more columns, an index, and a foreign key to the table before on every third table.
   */
  static Schema model(int count) {
    List<Table> tables = new ArrayList<>();
    for (int number = 1; number <= count; number++) {
      String name = tableName(number);
      List<Column> columns = new ArrayList<>();
      columns.add(column("id", "bigint").notNull());
      int extra = 9 + number % 11;
      for (int field = 1; field <= extra; field++) {
        columns.add(column("field" + field, switch (field % 5) {
          case 0 -> "character varying(64)";
          case 1 -> "numeric(20,2)";
          case 2 -> "timestamp(6) with time zone";
          case 3 -> "integer";
          default -> "boolean";
        }));
      }
      List<ForeignKey> foreignKeys = new ArrayList<>();
      if (number % 3 == 0) {
        columns.add(column("previous_id", "bigint"));
        foreignKeys.add(ForeignKey.foreignKey(name + "_previous_fk", "previous_id").references(tableName(number - 1), "id"));
      }
      tables.add(new Table(name, columns, PrimaryKey.primaryKey(name + "_pkey", "id"), List.of(), List.of(),
          foreignKeys, List.of(Index.index(name + "_field1_idx", "field1")), null));
    }
    return new Schema(SCHEMA, tables, List.of());
  }

  private static String tableName(int number) {
    return String.format(Locale.ROOT, "s%05d", number);
  }
}
