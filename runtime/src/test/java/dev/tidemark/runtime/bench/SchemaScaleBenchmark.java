package dev.tidemark.runtime.bench;

import static dev.tidemark.runtime.schema.Column.column;
import static dev.tidemark.runtime.schema.ForeignKey.foreignKey;
import static dev.tidemark.runtime.schema.Index.index;
import static dev.tidemark.runtime.schema.PrimaryKey.primaryKey;

import dev.tidemark.runtime.diff.SchemaDiff;
import dev.tidemark.runtime.operation.Operation;
import dev.tidemark.runtime.schema.Schema;
import dev.tidemark.runtime.schema.Table;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;

/**
 * How the diff and the replay of operations (what loading a ledger does) grow with the number of
 * tables. A program to run by hand, not a test: timings on a shared machine are not assertions.
 *
 * <pre>
 * java -cp runtime/target/classes:runtime/target/test-classes dev.tidemark.runtime.bench.SchemaScaleBenchmark 100 1000 10000
 * </pre>
 *
 * {@code -Dreplay.max=N} skips the replay above N tables, for a build where it does not finish.
 */
public final class SchemaScaleBenchmark {

  private SchemaScaleBenchmark() {}

  public static void main(String[] args) {
    int replayMax = Integer.getInteger("replay.max", Integer.MAX_VALUE);
    for (String arg : args) {
      int tables = Integer.parseInt(arg);
      Schema model = schemaOf(tables);
      Schema changed = model.withTable(model.tables().get(0).withColumn(column("added", "text")));
      long allocated = allocatedBytes();
      long started = System.nanoTime();
      List<Operation> operations = SchemaDiff.between(Schema.empty("bench"), model);
      long createNanos = System.nanoTime() - started;
      started = System.nanoTime();
      // What a build does: the ledger's snapshot against a model with one change.
      int changes = SchemaDiff.between(model, changed).size();
      long diffNanos = System.nanoTime() - started;
      long diffBytes = allocatedBytes() - allocated;
      if (changes != 1) {
        throw new IllegalStateException("one change expected, not " + changes);
      }
      System.out.printf("%,7d tables: diff from empty %,6d ms, diff of one change %,6d ms, both %,6d MB%n",
          tables, createNanos / 1_000_000, diffNanos / 1_000_000, diffBytes >> 20);
      if (tables > replayMax) {
        continue;
      }

      allocated = allocatedBytes();
      started = System.nanoTime();
      Schema replayed = Schema.empty("bench");
      for (Operation operation : operations) {
        replayed = operation.applyTo(replayed);
      }
      long replayNanos = System.nanoTime() - started;
      long replayBytes = allocatedBytes() - allocated;
      if (!replayed.equals(model)) {
        throw new IllegalStateException("the replay does not rebuild the model");
      }
      System.out.printf("%,7d tables: replay of %,d operations one by one %,6d ms %,6d MB%n",
          tables, operations.size(), replayNanos / 1_000_000, replayBytes >> 20);
      allocated = allocatedBytes();
      started = System.nanoTime();
      if (!Operation.applyAll(Schema.empty("bench"), operations).equals(model)) {
        throw new IllegalStateException("the replay does not rebuild the model");
      }
      System.out.printf("%,7d tables: replay of %,d operations checked once  %,6d ms %,6d MB%n",
          tables, operations.size(), (System.nanoTime() - started) / 1_000_000, (allocatedBytes() - allocated) >> 20);
    }
  }

  /** Tables each with a primary key, a few columns, an index and a foreign key to the one before. */
  static Schema schemaOf(int count) {
    List<Table> tables = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String name = "t" + i;
      Table table = Table.of(name, List.of(column("id", "bigint").notNull(), column("parent_id", "bigint"),
              column("code", "character varying(12)"), primaryKey(name + "_pkey", "id")))
          .withIndex(index(name + "_code_idx", "code"));
      if (i > 0) {
        table = table.withForeignKey(foreignKey(name + "_parent_fk", "parent_id").references("t" + (i - 1), "id"));
      }
      tables.add(table);
    }
    return new Schema("bench", tables, List.of());
  }

  private static long allocatedBytes() {
    return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getCurrentThreadAllocatedBytes();
  }
}
