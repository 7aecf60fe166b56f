package dev.tidemark.runtime;

import static dev.tidemark.runtime.schema.Column.column;
import static dev.tidemark.runtime.schema.Index.uniqueIndex;
import static dev.tidemark.runtime.schema.PrimaryKey.primaryKey;
import static dev.tidemark.runtime.testing.TestMigrations.catalog;
import static dev.tidemark.runtime.testing.TestMigrations.frozen;
import static dev.tidemark.runtime.testing.TestMigrations.manual;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tidemark.runtime.internal.AdvisoryLock;
import dev.tidemark.runtime.testing.Sql;
import dev.tidemark.runtime.testing.TestPostgres;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** Faults on real PostgreSQL: a killed backend, a lock held too long, concurrent index builds that break. */
class FaultTest {

  private static final String SCHEMA = "desk";

  private static final Migration CREATE_BOOK = frozen("0001_create_book", null,
      ops -> ops.createTable("book", column("id", "bigint").notNull(), column("code", "text"),
          primaryKey("book_pkey", "id")),
      ops -> ops.dropTable("book"));

  private final DataSource database = TestPostgres.freshDatabase();

  @Test
  void aBackendTerminatedMidRevisionLeavesNothingOfItAndTheNextBootCompletes() {
    AtomicBoolean firstRun = new AtomicBoolean(true);
    Migration slow = manual("0002_slow_backfill", "0001_create_book", false,
        connection -> {
          connection.createStatement().execute("create table half_done (id integer)");
          connection.createStatement().execute("insert into book values (1, 'FX')");
          if (firstRun.getAndSet(false)) {
            connection.createStatement().execute("select pg_sleep(30)");
          }
        },
        connection -> {});
    MigrationCatalog catalog = catalog(SCHEMA, CREATE_BOOK, slow);
    CompletableFuture<Void> killer = CompletableFuture.runAsync(() -> terminateWhenRunning("pg_sleep(30)"));

    TidemarkException failure = assertThrows(TidemarkException.class,
        () -> Migrator.builder(database).catalog(catalog).build().upgrade());
    killer.join();

    assertEquals(ErrorCode.REVISION_FAILED, failure.code());
    assertEquals("0002_slow_backfill", failure.revision());
    assertEquals("57P01", failure.sqlState());
    assertEquals("manual step 0002_slow_backfill.upgrade", failure.statement());
    // Rolling back, restoring auto-commit and unlocking all fail on the dead connection: kept, not in its place.
    assertTrue(failure.getSuppressed().length > 0, "cleanup failures were not attached");
    assertEquals(List.of("book", "tidemark_history"), Sql.tables(database, SCHEMA));
    assertEquals(List.of("0001_create_book"), Sql.rows(database, "select revision from desk.tidemark_history"));
    assertEquals(List.of("0"), Sql.rows(database, "select count(*) from pg_locks where locktype = 'advisory'"));
    MigrationReport retry = Migrator.builder(database).catalog(catalog).build().upgrade();
    assertEquals("0002_slow_backfill", retry.head());
    assertEquals(List.of("1 FX"), Sql.rows(database, "select id, code from desk.book"));
  }

  @Test
  void aLockHeldLongerThanTheWaitFailsNamingItsHolderAndRunsNothing() throws SQLException {
    try (Connection holder = database.getConnection();
        AdvisoryLock held = AdvisoryLock.acquire(holder, SCHEMA, (who, waited) -> {})) {
      long started = System.nanoTime();

      TidemarkException failure = assertThrows(TidemarkException.class, () -> Migrator.builder(database)
          .catalog(catalog(SCHEMA, CREATE_BOOK)).lockWait(Duration.ofMillis(300)).build().upgrade());

      assertEquals(ErrorCode.LOCK_WAIT_EXCEEDED, failure.code());
      assertTrue(failure.getMessage().contains("held by pid "), failure.getMessage());
      assertTrue(Duration.ofNanos(System.nanoTime() - started).toMillis() < 5_000);
      assertEquals(List.of(), Sql.tables(database, SCHEMA));
    }
  }

  @Test
  void aFailedConcurrentIndexBuildLeavesNoInvalidIndexAndIsRetriedOnTheNextBoot() {
    Migration index = frozen("0002_unique_book_code", "0001_create_book",
        ops -> ops.createIndexConcurrently("book", uniqueIndex("book_code_idx", "code")),
        ops -> ops.dropIndex("book", "book_code_idx"));
    MigrationCatalog catalog = catalog(SCHEMA, CREATE_BOOK, index);
    Migrator.builder(database).catalog(catalog(SCHEMA, CREATE_BOOK)).build().upgrade();
    Sql.execute(database, "insert into desk.book values (1, 'FX'), (2, 'FX')");

    TidemarkException failure = assertThrows(TidemarkException.class,
        () -> Migrator.builder(database).catalog(catalog).build().upgrade());

    assertEquals("23505", failure.sqlState());
    assertTrue(failure.getMessage().contains("not recorded"), failure.getMessage());
    assertEquals(List.of(), indexes());
    assertEquals(List.of("0001_create_book"), Sql.rows(database, "select revision from desk.tidemark_history"));
    Sql.execute(database, "update desk.book set code = 'EQ' where id = 2");
    Migrator.builder(database).catalog(catalog).build().upgrade();
    assertEquals(List.of("book_code_idx t"), indexes());
  }

  @Test
  void anInvalidIndexLeftByACrashIsDroppedAndBuiltAgain() {
    Migration index = frozen("0002_unique_book_code", "0001_create_book",
        ops -> ops.createIndexConcurrently("book", uniqueIndex("book_code_idx", "code")),
        ops -> ops.dropIndex("book", "book_code_idx"));
    Migrator.builder(database).catalog(catalog(SCHEMA, CREATE_BOOK)).build().upgrade();
    // What a build killed half way leaves: the index, marked INVALID.
    Sql.execute(database, "insert into desk.book values (1, 'FX'), (2, 'FX')");
    assertThrows(IllegalStateException.class,
        () -> Sql.execute(database, "create unique index concurrently book_code_idx on desk.book (code)"));
    assertEquals(List.of("book_code_idx f"), indexes());
    Sql.execute(database, "update desk.book set code = 'EQ' where id = 2");

    MigrationReport report = Migrator.builder(database).catalog(catalog(SCHEMA, CREATE_BOOK, index)).build().upgrade();

    assertEquals("0002_unique_book_code", report.head());
    assertEquals(List.of("book_code_idx t"), indexes());
  }

  private List<String> indexes() {
    return Sql.rows(database, "select c.relname, i.indisvalid from pg_index i join pg_class c on c.oid = i.indexrelid"
        + " join pg_namespace n on n.oid = c.relnamespace where n.nspname = 'desk' and c.relname = 'book_code_idx'");
  }

  private void terminateWhenRunning(String query) {
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (System.nanoTime() < deadline) {
      List<String> terminated = Sql.rows(database, "select pg_terminate_backend(pid) from pg_stat_activity"
          + " where query like ? and pid <> pg_backend_pid()", "%" + query + "%");
      if (!terminated.isEmpty()) {
        return;
      }
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
    throw new IllegalStateException("the statement to terminate never ran");
  }
}
