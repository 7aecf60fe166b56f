package dev.tidemark.runtime.bench;

import static dev.tidemark.runtime.schema.Column.column;
import static dev.tidemark.runtime.schema.ForeignKey.foreignKey;
import static dev.tidemark.runtime.schema.Index.index;
import static dev.tidemark.runtime.schema.PrimaryKey.primaryKey;

import dev.tidemark.runtime.Operations;
import dev.tidemark.runtime.SafetyPolicy;
import dev.tidemark.runtime.internal.safety.ExecutionPlan;
import dev.tidemark.runtime.internal.safety.LockRetry;
import dev.tidemark.runtime.internal.safety.SafePlanner;
import dev.tidemark.runtime.internal.safety.SafetyReport;
import dev.tidemark.runtime.internal.safety.SafetyReview;
import dev.tidemark.runtime.internal.safety.TableFacts;
import dev.tidemark.runtime.operation.Operation;
import dev.tidemark.runtime.schema.Schema;
import dev.tidemark.runtime.sql.PostgresRenderer;
import dev.tidemark.runtime.testing.CatalogDump;
import dev.tidemark.runtime.testing.PlanRunner;
import dev.tidemark.runtime.testing.Sql;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * How long a writer stalls while a revision runs, in its plain form (BASIC) and in its safe form
 * (ENHANCED). A writer inserts into {@code trade} (1,000,000 rows to start with) one row per
 * transaction, as fast as it can, while the revision adds an index, a foreign key, a NOT NULL
 * column with a default and sets an existing column NOT NULL. It prints the writer's longest stall
 * and its p99 latency during the revision.
 *
 * <pre>
 * mvn -B -ntp -q -pl runtime test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=dev.tidemark.runtime.bench.SafetyBenchmark [-Dbench.rows=1000000]
 * </pre>
 *
 * A benchmark, not a test: its figures depend on the machine. The embedded server runs without
 * fsync, so what it measures is waiting for locks, not for the disk.
 */
public final class SafetyBenchmark {

  private static final String SCHEMA = "desk";

  private static final List<Operation> FROM = ops(ops -> {
    ops.createTable("book", column("id", "bigint").notNull(), primaryKey("book_pkey", "id"));
    ops.createTable("trade", column("id", "bigint").asIdentity(), column("book_id", "bigint"),
        column("venue", "text"), column("price", "numeric(20,8)"), column("booked_at", "timestamp with time zone"),
        primaryKey("trade_pkey", "id"));
  });

  private static final List<Operation> REVISION = ops(ops -> {
    ops.createIndex("trade", index("trade_book_idx", "book_id"));
    ops.addForeignKey("trade", foreignKey("trade_book_fk", "book_id").references("book", "id"));
    ops.addColumn("trade", column("desk", "text").notNull().defaultValue("'main'::text"));
    ops.setNotNull("trade", "venue");
  });

  private SafetyBenchmark() {}

  public static void main(String[] args) throws Exception {
    int rows = Integer.getInteger("bench.rows", 1_000_000);
    try (EmbeddedPostgres server = EmbeddedPostgres.builder()
        .setServerConfig("fsync", "off")
        .setServerConfig("synchronous_commit", "off")
        .start()) {
      List<List<String>> catalogs = new ArrayList<>();
      for (SafetyPolicy policy : List.of(SafetyPolicy.BASIC, SafetyPolicy.ENHANCED)) {
        DataSource database = database(server, "bench_" + policy.name().toLowerCase(Locale.ROOT));
        load(database, rows);
        Result result = measure(database, plan(policy));
        System.out.printf(Locale.ROOT, "%-8s revision %6d ms | writer during it: %6d inserts, longest stall %6.1f ms,"
                + " p99 %6.1f ms%n", policy, result.revision().toMillis(), result.inserts(), result.longestStallMillis(),
            result.p99Millis());
        catalogs.add(CatalogDump.of(database, SCHEMA));
      }
      System.out.println(catalogs.get(0).equals(catalogs.get(1))
          ? "Both forms left the same catalog." : "The catalogs differ:\n" + catalogs);
    }
  }

  private static ExecutionPlan plan(SafetyPolicy policy) {
    Schema from = Schema.empty(SCHEMA);
    for (Operation operation : FROM) {
      from = operation.applyTo(from);
    }
    SafetyReport report = SafetyReview.review(policy, from, REVISION, List.of(), TableFacts.UNKNOWN);
    if (!report.allowed()) {
      throw new IllegalStateException(report.blockedMessage());
    }
    return new SafePlanner(new PostgresRenderer(SCHEMA)).plan(from, REVISION, report, LockRetry.of(policy, null));
  }

  private static void load(DataSource database, int rows) {
    Sql.execute(database, "create schema " + SCHEMA);
    new PostgresRenderer(SCHEMA).render(FROM).forEach(statement -> Sql.execute(database, statement.sql()));
    Sql.execute(database, "insert into desk.book select generate_series(1, 1000)");
    Sql.execute(database, "insert into desk.trade (book_id, venue, price, booked_at)"
        + " select 1 + i % 1000, 'XLON', i, now() from generate_series(1, " + rows + ") i");
    Sql.execute(database, "vacuum analyze desk.trade");
  }

  /** Runs the plan while a writer inserts, and the writer's latencies while it ran. */
  private static Result measure(DataSource database, ExecutionPlan plan) throws Exception {
    AtomicBoolean migrating = new AtomicBoolean(false);
    AtomicBoolean stop = new AtomicBoolean(false);
    List<Long> latencies = new ArrayList<>();
    Thread writer = new Thread(() -> write(database, migrating, stop, latencies), "writer");
    writer.start();
    Duration revision;
    try (Connection migrator = database.getConnection()) {
      Thread.sleep(1000);
      migrating.set(true);
      long started = System.nanoTime();
      PlanRunner.run(migrator, plan.phases(), plan.lockRetry());
      revision = Duration.ofNanos(System.nanoTime() - started);
      migrating.set(false);
    }
    Thread.sleep(200);
    stop.set(true);
    writer.join();
    List<Long> sorted = latencies.stream().sorted().toList();
    return new Result(revision, sorted.size(), sorted.get(sorted.size() - 1) / 1e6,
        sorted.get((int) Math.ceil(sorted.size() * 0.99) - 1) / 1e6);
  }

  /** Inserts one row per transaction; an insert that started during the revision counts, however long it waited. */
  private static void write(DataSource database, AtomicBoolean migrating, AtomicBoolean stop, List<Long> latencies) {
    try (Connection connection = database.getConnection();
        PreparedStatement insert = connection.prepareStatement(
            "insert into desk.trade (book_id, venue, price, booked_at) values (?, 'XNYS', ?, now())")) {
      for (long i = 0; !stop.get(); i++) {
        boolean during = migrating.get();
        long started = System.nanoTime();
        insert.setLong(1, 1 + i % 1000);
        insert.setLong(2, i);
        insert.executeUpdate();
        if (during) {
          latencies.add(System.nanoTime() - started);
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("the writer failed", e);
    }
  }

  private static DataSource database(EmbeddedPostgres server, String name) throws SQLException {
    try (Connection connection = server.getPostgresDatabase().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("create database " + name);
    }
    PGSimpleDataSource database = new PGSimpleDataSource();
    database.setURL(server.getJdbcUrl("postgres", name));
    database.setUser("postgres");
    return database;
  }

  private static List<Operation> ops(Consumer<Operations> build) {
    Operations ops = new Operations();
    build.accept(ops);
    return ops.list();
  }

  private record Result(Duration revision, int inserts, double longestStallMillis, double p99Millis) {}
}
