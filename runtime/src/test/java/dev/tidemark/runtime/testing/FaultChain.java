package dev.tidemark.runtime.testing;

import static dev.tidemark.runtime.schema.Column.column;
import static dev.tidemark.runtime.schema.Index.index;
import static dev.tidemark.runtime.schema.PrimaryKey.primaryKey;
import static dev.tidemark.runtime.testing.TestMigrations.frozen;

import dev.tidemark.runtime.DowngradeReport;
import dev.tidemark.runtime.Migration;
import dev.tidemark.runtime.MigrationCatalog;
import dev.tidemark.runtime.MigrationReport;
import dev.tidemark.runtime.Migrator;
import dev.tidemark.runtime.Operations;
import dev.tidemark.runtime.Revision;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A chain of seven revisions with slow steps (a bulk insert, sleeps, concurrent index builds on
 * 200,000 rows), so that a process killed at a random moment is often in the middle of one. The
 * same chain in every JVM: manual revisions carry fixed checksums. Its {@link #main} is the
 * process the fault tests start, kill and start again.
 */
public final class FaultChain {

  public static final String SCHEMA = "faults";

  private FaultChain() {}

  public static MigrationCatalog catalog() {
    return TestMigrations.catalog(SCHEMA,
        frozen("0001_create_trade", null,
            ops -> ops.createTable("trade", column("id", "bigint").notNull(), column("book", "text"),
                column("qty", "numeric(20,2)"), primaryKey("trade_pkey", "id")),
            ops -> ops.dropTable("trade")),
        manual("0002_load_trades", "0001_create_trade",
            "insert into trade select i, 'BOOK' || (i % 50), i from generate_series(1, 200000) i",
            "delete from trade"),
        frozen("0003_add_trade_venue", "0002_load_trades",
            ops -> ops.addColumn("trade", column("venue", "text")), ops -> ops.dropColumn("trade", "venue")),
        manual("0004_slow_backfill", "0003_add_trade_venue",
            "update trade set venue = 'XLON' where id % 1000 = 0; select pg_sleep(0.3)",
            "update trade set venue = null"),
        frozen("0005_index_trade_book", "0004_slow_backfill",
            ops -> ops.createIndexConcurrently("trade", index("trade_book_idx", "book")),
            ops -> ops.dropIndex("trade", "trade_book_idx")),
        frozen("0006_create_position", "0005_index_trade_book",
            ops -> ops.createTable("position", column("id", "bigint").asIdentity(), primaryKey("position_pkey", "id")),
            ops -> ops.dropTable("position")),
        frozen("0007_index_trade_qty", "0006_create_position",
            ops -> ops.createIndexConcurrently("trade", index("trade_qty_idx", "qty desc")),
            ops -> ops.dropIndex("trade", "trade_qty_idx")));
  }

  /** A manual revision running {@code upgrade} and {@code downgrade} SQL, unqualified, with a fixed checksum. */
  private static Migration manual(String id, String parent, String upgrade, String downgrade) {
    Revision revision = Revision.frozen(id, parent, id.substring(5).replace('_', ' '), "manual:" + id);
    return new Migration() {
      @Override
      public Revision revision() {
        return revision;
      }

      @Override
      public void upgrade(Operations operations) {
        operations.run(id + ".upgrade", connection -> connection.createStatement().execute(upgrade));
      }

      @Override
      public void downgrade(Operations operations) {
        operations.run(id + ".downgrade", connection -> connection.createStatement().execute(downgrade));
      }
    };
  }

  /**
   * Upgrades the database at the JDBC URL in {@code args[0]} (user in {@code args[1]}) and prints
   * what it applied; with {@code downgrade} as {@code args[2]}, downgrades it to the base instead.
   */
  public static void main(String[] args) {
    PGSimpleDataSource database = new PGSimpleDataSource();
    database.setURL(args[0]);
    database.setUser(args[1]);
    database.setPassword(System.getenv("TIDEMARK_JDBC_PASSWORD"));
    Migrator migrator = Migrator.builder(database).catalog(catalog()).build();
    if (args.length > 2 && args[2].equals("downgrade")) {
      DowngradeReport report = migrator.downgrade("base");
      System.out.println("reverted " + report.reverted().stream().map(reverted -> reverted.revision().id()).toList());
    } else {
      MigrationReport report = migrator.upgrade();
      System.out.println("applied " + report.applied().stream().map(applied -> applied.revision().id()).toList());
    }
  }

  /** Starts {@link #main} in a JVM of its own, on the test classpath, its output going to {@code log}. */
  public static Process start(PGSimpleDataSource database, Path log) {
    return start(database, log, "upgrade");
  }

  /** Starts {@link #main} for {@code verb} ({@code upgrade} or {@code downgrade}) in a JVM of its own. */
  public static Process start(PGSimpleDataSource database, Path log, String verb) {
    try {
      ProcessBuilder builder = new ProcessBuilder(List.of(
          ProcessHandle.current().info().command().orElse("java"), "-cp", System.getProperty("java.class.path"),
          FaultChain.class.getName(), database.getURL(), database.getUser(), verb))
          .redirectErrorStream(true)
          .redirectOutput(log.toFile());
      if (database.getPassword() != null) {
        builder.environment().put("TIDEMARK_JDBC_PASSWORD", database.getPassword());
      }
      return builder.start();
    } catch (IOException e) {
      throw new IllegalStateException("cannot start a migrating JVM", e);
    }
  }
}
