package dev.tidemark.runtime;

import static dev.tidemark.runtime.schema.Column.column;
import static dev.tidemark.runtime.schema.PrimaryKey.primaryKey;
import static dev.tidemark.runtime.testing.TestMigrations.catalog;
import static dev.tidemark.runtime.testing.TestMigrations.draft;
import static dev.tidemark.runtime.testing.TestMigrations.frozen;
import static dev.tidemark.runtime.testing.TestMigrations.manual;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tidemark.runtime.internal.AdvisoryLock;
import dev.tidemark.runtime.testing.CountingDataSource;
import dev.tidemark.runtime.testing.Sql;
import dev.tidemark.runtime.testing.TestPostgres;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

class MigratorTest {

  private static final String SCHEMA = "desk";

  private static final Migration CREATE_BOOK = frozen("0001_create_book", null,
      ops -> ops.createTable("book", column("id", "bigint").notNull(), column("code", "character varying(12)"),
          primaryKey("book_pkey", "id")),
      ops -> ops.dropTable("book"));
  private static final Migration ADD_BOOK_LIMIT = frozen("0002_add_book_limit", "0001_create_book",
      ops -> ops.addColumn("book", column("risk_limit", "numeric(20,2)")),
      ops -> ops.dropColumn("book", "risk_limit"));
  private static final Migration CREATE_TRADER = frozen("0003_create_trader", "0002_add_book_limit",
      ops -> ops.createTable("trader", column("id", "bigint").asIdentity(), primaryKey("trader_pkey", "id")),
      ops -> ops.dropTable("trader"));

  private final DataSource database = TestPostgres.freshDatabase();

  @Test
  void upgradeAppliesRevisionsInOrderEachWithItsHistoryRow() {
    MigrationReport report = migrator(catalog(SCHEMA, CREATE_BOOK, ADD_BOOK_LIMIT, CREATE_TRADER)).upgrade();

    assertEquals(List.of("0001_create_book", "0002_add_book_limit", "0003_create_trader"),
        report.applied().stream().map(applied -> applied.revision().id()).toList());
    assertEquals("0003_create_trader", report.head());
    assertEquals(List.of("1 0001_create_book null", "2 0002_add_book_limit 0001_create_book",
            "3 0003_create_trader 0002_add_book_limit"),
        Sql.rows(database, "select installed_rank, revision, parent from desk.tidemark_history order by 1"));
    assertEquals(List.of("book", "tidemark_history", "trader"), Sql.tables(database, SCHEMA));
    assertEquals(List.of("id bigint not null", "code character varying(12) null", "risk_limit numeric(20,2) null"),
        Sql.columns(database, SCHEMA, "book"));
  }

  @Test
  void upgradeContinuesFromWhereTheDatabaseIs() {
    migrator(catalog(SCHEMA, CREATE_BOOK)).upgrade();

    MigrationReport report = migrator(catalog(SCHEMA, CREATE_BOOK, ADD_BOOK_LIMIT)).upgrade();

    assertEquals(List.of("0002_add_book_limit"),
        report.applied().stream().map(applied -> applied.revision().id()).toList());
  }

  @Test
  void upgradeWithNothingPendingIsOneQuery() {
    MigrationCatalog catalog = catalog(SCHEMA, CREATE_BOOK, ADD_BOOK_LIMIT);
    migrator(catalog).upgrade();
    CountingDataSource counting = new CountingDataSource(database);

    MigrationReport report = Migrator.builder(counting.dataSource()).catalog(catalog).build().upgrade();

    assertTrue(report.upToDate());
    assertEquals("0002_add_book_limit", report.head());
    assertEquals(1, counting.executed().size(), () -> "executed: " + counting.executed());
  }

  @Test
  void twoMigratorsStartedTogetherApplyEachRevisionExactlyOnce() throws Exception {
    MigrationCatalog catalog = catalog(SCHEMA, CREATE_BOOK, ADD_BOOK_LIMIT, CREATE_TRADER);
    CountDownLatch start = new CountDownLatch(1);
    CountDownLatch otherIsWaiting = new CountDownLatch(1);
    // Whoever gets the lock first holds it until the other reports that it waits, so the race is real.
    MigrationListener holdUntilContended = new MigrationListener() {
      @Override
      public void waitingForLock(String schema, String holder, Duration waited) {
        otherIsWaiting.countDown();
      }

      @Override
      public void beforeRevision(String schema, Revision revision) {
        await(otherIsWaiting);
      }
    };
    ExecutorService threads = Executors.newFixedThreadPool(2);
    try {
      List<Future<MigrationReport>> reports = new ArrayList<>();
      for (int i = 0; i < 2; i++) {
        reports.add(threads.submit(() -> {
          Migrator migrator = Migrator.builder(database).catalog(catalog).listener(holdUntilContended).build();
          await(start);
          return migrator.upgrade();
        }));
      }
      start.countDown();
      List<Integer> appliedCounts = new ArrayList<>();
      for (Future<MigrationReport> report : reports) {
        appliedCounts.add(report.get(60, TimeUnit.SECONDS).applied().size());
      }

      assertEquals(0, otherIsWaiting.getCount(), "the second migrator never waited for the lock");
      assertEquals(List.of(0, 3), appliedCounts.stream().sorted().toList());
      assertEquals(List.of("3"), Sql.rows(database, "select count(*) from desk.tidemark_history"));
    } finally {
      threads.shutdownNow();
    }
  }

  @Test
  void failedRevisionLeavesNoTraceAndStopsTheUpgrade() {
    Migration halfGood = frozen("0002_half_good", "0001_create_book",
        ops -> {
          ops.createTable("position", column("id", "bigint").notNull());
          ops.addColumn("no_such_table", column("x", "integer"));
        },
        ops -> ops.dropTable("position"));
    Migration afterIt = frozen("0003_create_trader", "0002_half_good",
        ops -> ops.createTable("trader", column("id", "bigint").notNull()), ops -> ops.dropTable("trader"));
    Migrator migrator = migrator(catalog(SCHEMA, CREATE_BOOK, halfGood, afterIt));

    TidemarkException failure = assertThrows(TidemarkException.class, migrator::upgrade);

    assertEquals(ErrorCode.REVISION_FAILED, failure.code());
    assertEquals("0002_half_good", failure.revision());
    assertEquals("42P01", failure.sqlState());
    assertEquals("alter table \"desk\".\"no_such_table\" add column \"x\" integer", failure.statement());
    assertEquals(List.of("book", "tidemark_history"), Sql.tables(database, SCHEMA));
    assertEquals(List.of("0001_create_book"), Sql.rows(database, "select revision from desk.tidemark_history"));
  }

  @Test
  void changedFrozenRevisionIsRefusedWithBothChecksums() {
    migrator(catalog(SCHEMA, CREATE_BOOK)).upgrade();
    Migration edited = frozen("0001_create_book", null,
        ops -> ops.createTable("book", column("id", "integer").notNull()),
        ops -> ops.dropTable("book"));

    TidemarkException failure = assertThrows(TidemarkException.class, () -> migrator(catalog(SCHEMA, edited)).upgrade());

    assertEquals(ErrorCode.CHECKSUM_MISMATCH, failure.code());
    assertTrue(failure.getMessage().contains("applied to database: checksum " + CREATE_BOOK.revision().checksum()),
        failure.getMessage());
    assertTrue(failure.getMessage().contains("built into this jar: checksum " + edited.revision().checksum()),
        failure.getMessage());
    StatusReport status = migrator(catalog(SCHEMA, edited)).status();
    assertTrue(status.diverged());
    assertFalse(status.upToDate());
    assertTrue(status.divergence().startsWith("[CHECKSUM_MISMATCH]"), status.divergence());
  }

  @Test
  void historyFromAnotherBranchIsRefused() {
    migrator(catalog(SCHEMA, CREATE_BOOK, ADD_BOOK_LIMIT)).upgrade();
    Migration otherBranch = frozen("0002_add_book_desk", "0001_create_book",
        ops -> ops.addColumn("book", column("desk", "text")), ops -> ops.dropColumn("book", "desk"));

    TidemarkException failure = assertThrows(TidemarkException.class,
        () -> migrator(catalog(SCHEMA, CREATE_BOOK, otherBranch)).upgrade());

    assertEquals(ErrorCode.DIVERGED_HISTORY, failure.code());
    assertTrue(failure.getMessage().contains("applied to database: 0002_add_book_limit"), failure.getMessage());
    StatusReport status = migrator(catalog(SCHEMA, CREATE_BOOK, otherBranch)).status();
    assertEquals("0002_add_book_limit", status.current());
    assertTrue(status.summary().contains("diverged: [DIVERGED_HISTORY]"), status.summary());
  }

  @Test
  void databaseAheadOfTheJarIsLeftAlone() {
    migrator(catalog(SCHEMA, CREATE_BOOK, ADD_BOOK_LIMIT)).upgrade();

    MigrationReport report = migrator(catalog(SCHEMA, CREATE_BOOK)).upgrade();

    assertTrue(report.upToDate());
    assertEquals("0002_add_book_limit", report.head());
  }

  @Test
  void draftIsRefusedOutsideDevModeBeforeTouchingTheDatabase() {
    Migration draft = draft("0002_draft", "0001_create_book",
        ops -> ops.addColumn("book", column("desk", "text")), ops -> ops.dropColumn("book", "desk"));
    MigrationCatalog catalog = catalog(SCHEMA, CREATE_BOOK, draft);

    TidemarkException failure = assertThrows(TidemarkException.class,
        () -> Migrator.builder(database).catalog(catalog).devMode(false).build().upgrade());

    assertEquals(ErrorCode.DRAFT_REFUSED, failure.code());
    assertEquals(List.of(), Sql.tables(database, SCHEMA));
    MigrationReport report = Migrator.builder(database).catalog(catalog).devMode(true).build().upgrade();
    assertEquals("0002_draft", report.head());
  }

  @Test
  void devModeRevertsAnAppliedDraftThatChangedAndAppliesTheNewOne() {
    Migration firstDraft = draft("0002_draft", "0001_create_book",
        ops -> ops.addColumn("book", column("desk", "text")), ops -> ops.dropColumn("book", "desk"));
    Migration amendedDraft = draft("0002_draft", "0001_create_book",
        ops -> ops.addColumn("book", column("region", "text")), ops -> ops.dropColumn("book", "region"));
    Migrator.builder(database).catalog(catalog(SCHEMA, CREATE_BOOK, firstDraft)).devMode(true).build().upgrade();

    MigrationReport report =
        Migrator.builder(database).catalog(catalog(SCHEMA, CREATE_BOOK, amendedDraft)).devMode(true).build().upgrade();

    assertEquals(List.of("0002_draft"), report.revertedDrafts());
    assertTrue(report.summary().contains("reverted draft 0002_draft"), report.summary());
    assertEquals(List.of("0002_draft"), report.applied().stream().map(applied -> applied.revision().id()).toList());
    assertEquals(List.of("id bigint not null", "code character varying(12) null", "region text null"),
        Sql.columns(database, SCHEMA, "book"));
    assertEquals(List.of("0001_create_book", "0002_draft " + amendedDraft.revision().checksum()),
        Sql.rows(database, "select revision || case when draft then ' ' || checksum else '' end"
            + " from desk.tidemark_history order by installed_rank"));
  }

  @Test
  void devModeRevertsAnAppliedDraftOnceItIsFrozenUnderAName() {
    Migration draft = draft("0002_draft", "0001_create_book",
        ops -> ops.addColumn("book", column("desk", "text")), ops -> ops.dropColumn("book", "desk"));
    Migration frozen = frozen("0002_add_book_desk", "0001_create_book",
        ops -> ops.addColumn("book", column("desk", "text")), ops -> ops.dropColumn("book", "desk"));
    Migrator.builder(database).catalog(catalog(SCHEMA, CREATE_BOOK, draft)).devMode(true).build().upgrade();

    TidemarkException outsideDevMode = assertThrows(TidemarkException.class,
        () -> Migrator.builder(database).catalog(catalog(SCHEMA, CREATE_BOOK, frozen)).devMode(false).build().upgrade());
    MigrationReport report =
        Migrator.builder(database).catalog(catalog(SCHEMA, CREATE_BOOK, frozen)).devMode(true).build().upgrade();

    assertEquals(ErrorCode.DIVERGED_HISTORY, outsideDevMode.code());
    assertTrue(outsideDevMode.getMessage().contains("dev mode reverts it"), outsideDevMode.getMessage());
    assertEquals("0002_add_book_desk", report.head());
    assertEquals(List.of("0001_create_book f", "0002_add_book_desk f"),
        Sql.rows(database, "select revision, draft from desk.tidemark_history order by installed_rank"));
  }

  @Test
  void aManualRevisionRunsItsJavaCodeInTheRevisionTransaction() {
    Migration backfill = manual("0002_backfill_books", "0001_create_book", false,
        connection -> connection.createStatement().execute("insert into desk.book (id, code) values (1, 'FX'), (2, 'RATES')"),
        connection -> connection.createStatement().execute("delete from desk.book"));

    MigrationReport report = migrator(catalog(SCHEMA, CREATE_BOOK, backfill)).upgrade();

    assertEquals("0002_backfill_books", report.head());
    assertEquals(List.of("1 FX", "2 RATES"), Sql.rows(database, "select id, code from desk.book order by id"));
  }

  @Test
  void aFailingManualRevisionIsRolledBackWithEverythingItDid() {
    Migration failing = manual("0002_backfill_books", "0001_create_book", false,
        connection -> {
          connection.createStatement().execute("insert into desk.book (id, code) values (1, 'FX')");
          throw new java.sql.SQLException("no price for FX", "22023");
        },
        connection -> {});

    TidemarkException failure = assertThrows(TidemarkException.class,
        () -> migrator(catalog(SCHEMA, CREATE_BOOK, failing)).upgrade());

    assertEquals(ErrorCode.REVISION_FAILED, failure.code());
    assertEquals("manual step 0002_backfill_books.upgrade", failure.statement());
    assertEquals("22023", failure.sqlState());
    assertEquals(List.of("0"), Sql.rows(database, "select count(*) from desk.book"));
    assertEquals(List.of("0001_create_book"), Sql.rows(database, "select revision from desk.tidemark_history"));
  }

  @Test
  void aManualRevisionThrowingAnyExceptionIsAFailedRevisionRolledBack() {
    Migration failing = manual("0002_backfill_books", "0001_create_book", false,
        connection -> {
          connection.createStatement().execute("insert into desk.book (id, code) values (1, 'FX')");
          throw new IllegalStateException("no price for FX");
        },
        connection -> {});
    List<String> heard = new ArrayList<>();

    TidemarkException failure = assertThrows(TidemarkException.class, () -> Migrator.builder(database)
        .catalog(catalog(SCHEMA, CREATE_BOOK, failing))
        .listener(new MigrationListener() {
          @Override
          public void revisionFailed(String schema, Revision revision, TidemarkException error) {
            heard.add(revision.id());
          }
        })
        .build().upgrade());

    assertEquals(ErrorCode.REVISION_FAILED, failure.code());
    assertTrue(failure.getMessage().contains("java.lang.IllegalStateException: no price for FX"), failure.getMessage());
    assertEquals(List.of("0002_backfill_books"), heard);
    assertEquals(List.of("0"), Sql.rows(database, "select count(*) from desk.book"));
  }

  @Test
  void devModeRevertsAChangedManualDraftWithItsCurrentDowngrade() {
    Migration first = manual("0002_seed_books", "0001_create_book", true,
        connection -> connection.createStatement().execute("insert into desk.book (id, code) values (1, 'FX')"),
        connection -> connection.createStatement().execute("delete from desk.book"));
    Migration changed = manual("0002_seed_books", "0001_create_book", true,
        connection -> connection.createStatement().execute("insert into desk.book (id, code) values (7, 'EQ')"),
        connection -> connection.createStatement().execute("delete from desk.book"));
    Migrator.builder(database).catalog(catalog(SCHEMA, CREATE_BOOK, first)).devMode(true).build().upgrade();

    MigrationReport report =
        Migrator.builder(database).catalog(catalog(SCHEMA, CREATE_BOOK, changed)).devMode(true).build().upgrade();

    assertEquals(List.of("0002_seed_books"), report.revertedDrafts());
    assertEquals(List.of("7 EQ"), Sql.rows(database, "select id, code from desk.book"));
  }

  @Test
  void schemaNameIsConfigurable() {
    MigrationCatalog catalog = catalog(SCHEMA, CREATE_BOOK, ADD_BOOK_LIMIT);

    Migrator.builder(database).catalog(catalog).schema("desk_blue").build().upgrade();

    assertEquals(List.of("book", "tidemark_history"), Sql.tables(database, "desk_blue"));
    assertEquals(List.of(), Sql.tables(database, SCHEMA));
  }

  @Test
  void lockOfAKilledInstanceDoesNotBlockTheNextOne() throws Exception {
    Connection killed = database.getConnection();
    AdvisoryLock.acquire(killed, SCHEMA, (holder, waited) -> {});
    Sql.rows(database, "select pg_terminate_backend(pid) from pg_locks where locktype = 'advisory'");

    MigrationReport report = migrator(catalog(SCHEMA, CREATE_BOOK)).upgrade();

    assertEquals(1, report.applied().size());
    assertTrue(killed.isClosed() || !killed.isValid(1));
  }

  @Test
  void invalidSettingsFailBeforeTheDatabaseIsTouched() {
    TidemarkException failure = assertThrows(TidemarkException.class,
        () -> Migrator.builder(database).catalog(catalog(SCHEMA)).lockTimeout(Duration.ZERO).build());

    assertEquals(ErrorCode.CONFIGURATION, failure.code());
    assertTrue(failure.getMessage().contains("lockTimeout"), failure.getMessage());
  }

  @Test
  void timeoutsApplyPerRevisionAndFailItCleanly() {
    Sql.execute(database, "create schema desk");
    Sql.execute(database, "create table desk.blocker (id integer)");
    Migration alterBlocker = frozen("0001_alter_blocker", null,
        ops -> ops.addColumn("blocker", column("x", "integer")), ops -> ops.dropColumn("blocker", "x"));
    try (Connection holder = database.getConnection()) {
      holder.setAutoCommit(false);
      holder.createStatement().execute("lock table desk.blocker in access share mode");

      TidemarkException failure = assertThrows(TidemarkException.class,
          () -> Migrator.builder(database).catalog(catalog(SCHEMA, alterBlocker))
              .lockTimeout(Duration.ofMillis(200)).build().upgrade());

      assertEquals("55P03", failure.sqlState());
      holder.rollback();
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
    assertEquals(List.of(), Sql.rows(database, "select revision from desk.tidemark_history"));
  }

  private Migrator migrator(MigrationCatalog catalog) {
    return Migrator.builder(database).catalog(catalog).build();
  }

  private static void await(CountDownLatch latch) {
    try {
      if (!latch.await(30, TimeUnit.SECONDS)) {
        throw new IllegalStateException("timed out waiting for the other migrator");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
