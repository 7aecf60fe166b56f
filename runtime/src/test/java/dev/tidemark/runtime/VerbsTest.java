package dev.tidemark.runtime;

import static dev.tidemark.runtime.schema.Column.column;
import static dev.tidemark.runtime.schema.ForeignKey.foreignKey;
import static dev.tidemark.runtime.schema.Index.index;
import static dev.tidemark.runtime.schema.PrimaryKey.primaryKey;
import static dev.tidemark.runtime.testing.TestMigrations.acknowledging;
import static dev.tidemark.runtime.testing.TestMigrations.catalog;
import static dev.tidemark.runtime.testing.TestMigrations.draft;
import static dev.tidemark.runtime.testing.TestMigrations.frozen;
import static dev.tidemark.runtime.testing.TestMigrations.manual;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.tidemark.runtime.testing.CatalogDump;
import dev.tidemark.runtime.testing.Psql;
import dev.tidemark.runtime.testing.Sql;
import dev.tidemark.runtime.testing.TestPostgres;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** Each verb of the {@link Migrator} through its Java API, on real PostgreSQL. */
class VerbsTest {

  private static final String SCHEMA = "desk";

  private static final Migration CREATE_BOOK = frozen("0001_create_book", null,
      ops -> ops.createTable("book", column("id", "bigint").notNull(), column("code", "character varying(12)"),
          primaryKey("book_pkey", "id")),
      ops -> ops.dropTable("book"));
  private static final Migration ADD_BOOK_LIMIT = frozen("0002_add_book_limit", "0001_create_book",
      ops -> ops.addColumn("book", column("risk_limit", "numeric(20,2)").defaultValue("0")),
      ops -> ops.dropColumn("book", "risk_limit"));
  private static final Migration CREATE_TRADER = frozen("0003_create_trader", "0002_add_book_limit",
      ops -> {
        ops.createTable("trader", column("id", "bigint").asIdentity(), column("book_id", "bigint"),
            primaryKey("trader_pkey", "id"));
        ops.addForeignKey("trader", foreignKey("trader_book_fk", "book_id").references("book", "id"));
        ops.createIndexConcurrently("trader", index("trader_book_idx", "book_id"));
      },
      ops -> {
        ops.dropIndex("trader", "trader_book_idx");
        ops.dropTable("trader");
      });
  private static final MigrationCatalog THREE = catalog(SCHEMA, CREATE_BOOK, ADD_BOOK_LIMIT, CREATE_TRADER);

  private final DataSource database = TestPostgres.freshDatabase();

  @Test
  void upgradeToATargetStopsThere() {
    MigrationReport report = migrator(THREE).upgrade("0002_add_book_limit");

    assertEquals("0002_add_book_limit", report.head());
    assertEquals(List.of("0001_create_book", "0002_add_book_limit"), historyRevisions());
    TidemarkException unknown = assertThrows(TidemarkException.class, () -> migrator(THREE).upgrade("0009_nope"));
    assertEquals(ErrorCode.UNKNOWN_REVISION, unknown.code());
  }

  @Test
  void listenersHearEachRevisionWithItsDurationAndTheReportMatches() {
    List<String> heard = new ArrayList<>();
    MigrationReport report = Migrator.builder(database).catalog(THREE).listener(new MigrationListener() {
      @Override
      public void beforeRevision(String schema, Revision revision) {
        heard.add("before " + revision.id());
      }

      @Override
      public void afterRevision(String schema, Revision revision, Duration elapsed) {
        heard.add("after " + revision.id() + (elapsed.isNegative() ? " negative" : ""));
      }
    }).build().upgrade();

    assertEquals(List.of("before 0001_create_book", "after 0001_create_book", "before 0002_add_book_limit",
        "after 0002_add_book_limit", "before 0003_create_trader", "after 0003_create_trader"), heard);
    assertTrue(report.summary().startsWith("schema desk: applied 3 revision(s) in "), report.summary());
    assertTrue(report.applied().stream().allMatch(applied -> applied.executionMillis() <= report.elapsed().toMillis()));
  }

  @Test
  void statusShowsCurrentHeadPendingDraftsAndWhetherTheDatabaseIsAhead() {
    StatusReport fresh = migrator(THREE).status();
    assertNull(fresh.current());
    assertEquals("0003_create_trader", fresh.head());
    assertEquals(List.of("0001_create_book", "0002_add_book_limit", "0003_create_trader"), fresh.pending());

    migrator(THREE).upgrade("0002_add_book_limit");
    Migration draft = draft("0004_draft", "0003_create_trader",
        ops -> ops.addColumn("book", column("desk", "text")), ops -> ops.dropColumn("book", "desk"));
    StatusReport partway = migrator(catalog(SCHEMA, CREATE_BOOK, ADD_BOOK_LIMIT, CREATE_TRADER, draft)).status();
    assertEquals("0002_add_book_limit", partway.current());
    assertEquals(List.of("0003_create_trader", "0004_draft"), partway.pending());
    assertEquals(List.of("0004_draft"), partway.drafts());
    assertFalse(partway.aheadOfCode());
    assertTrue(partway.summary().contains("pending: 0003_create_trader, 0004_draft"), partway.summary());

    StatusReport olderBuild = migrator(catalog(SCHEMA, CREATE_BOOK)).status();
    assertTrue(olderBuild.aheadOfCode());
    assertEquals(List.of("0002_add_book_limit"), olderBuild.ahead());
  }

  @Test
  void aDatabaseAheadOfTheCodeIsRefusedWhenRollingDeploysAreNotAllowed() {
    migrator(THREE).upgrade();

    TidemarkException failure = assertThrows(TidemarkException.class,
        () -> Migrator.builder(database).catalog(catalog(SCHEMA, CREATE_BOOK)).allowAhead(false).build().upgrade());

    assertEquals(ErrorCode.DATABASE_AHEAD, failure.code());
    assertTrue(failure.getMessage().contains("[0002_add_book_limit, 0003_create_trader]"), failure.getMessage());
  }

  @Test
  void historyListsAppliedRevisionsWithWhenByWhomAndHowLong() {
    Instant before = Instant.now().minusSeconds(60);
    migrator(THREE).upgrade();

    List<HistoryEntry> history = migrator(THREE).history();

    assertEquals(List.of(1, 2, 3), history.stream().map(HistoryEntry::installedRank).toList());
    assertEquals("0003_create_trader", history.get(2).revision());
    assertEquals("0003 create trader", history.get(2).description());
    assertEquals(List.of(CREATE_BOOK, ADD_BOOK_LIMIT, CREATE_TRADER).stream().map(m -> m.revision().checksum()).toList(),
        history.stream().map(HistoryEntry::checksum).toList());
    assertTrue(history.stream().allMatch(entry -> entry.appliedAt().isAfter(before)), history::toString);
    assertEquals(Sql.rows(database, "select current_user"), List.of(history.get(0).appliedBy()));
    assertTrue(history.stream().allMatch(entry -> entry.executionMillis() >= 0 && !entry.stamped()));
  }

  @Test
  void stampRecordsWithoutRunningAndUpgradeContinuesFromThere() {
    StampReport stamp = migrator(THREE).stamp("0002_add_book_limit");

    assertEquals(List.of("0001_create_book", "0002_add_book_limit"), stamp.recorded());
    assertEquals(List.of("tidemark_history"), Sql.tables(database, SCHEMA));
    assertTrue(migrator(THREE).history().stream().allMatch(HistoryEntry::stamped));
    Sql.execute(database, "create table desk.book (id bigint not null primary key, code character varying(12),"
        + " risk_limit numeric(20,2) default 0)");

    MigrationReport upgrade = migrator(THREE).upgrade();
    assertEquals(List.of("0003_create_trader"), upgrade.applied().stream().map(a -> a.revision().id()).toList());

    StampReport back = migrator(THREE).stamp("0001_create_book");
    assertEquals(List.of("0003_create_trader", "0002_add_book_limit"), back.removed());
    assertEquals(List.of("0001_create_book"), historyRevisions());
    assertEquals(List.of("book", "tidemark_history", "trader"), Sql.tables(database, SCHEMA));
  }

  @Test
  void downgradeStepByStepAndToBaseLeavesTheCatalogOfEachEarlierRevision() {
    List<List<String>> catalogs = new ArrayList<>();
    for (String target : List.of("0001_create_book", "0002_add_book_limit", "0003_create_trader")) {
      migrator(THREE).upgrade(target);
      catalogs.add(CatalogDump.of(database, SCHEMA));
    }

    DowngradeReport oneStep = migrator(THREE).downgrade("-1");
    assertEquals("0002_add_book_limit", oneStep.head());
    assertEquals(catalogs.get(1), CatalogDump.of(database, SCHEMA));
    migrator(THREE).downgrade("0001_create_book");
    assertEquals(catalogs.get(0), CatalogDump.of(database, SCHEMA));
    DowngradeReport toBase = migrator(THREE).downgrade("base");

    assertNull(toBase.head());
    assertEquals(List.of("0001_create_book"), toBase.reverted().stream().map(r -> r.revision().id()).toList());
    assertEquals(List.of("tidemark_history"), Sql.tables(database, SCHEMA));
    assertEquals(List.of(), historyRevisions());
    migrator(THREE).upgrade();
    assertEquals(catalogs.get(2), CatalogDump.of(database, SCHEMA));
  }

  @Test
  void downgradeRunsAManualRevisionsDowngradeAndListenersHearIt() {
    Migration seed = manual("0002_seed_books", "0001_create_book", false,
        connection -> connection.createStatement().execute("insert into book (id, code) values (1, 'FX')"),
        connection -> connection.createStatement().execute("delete from book"));
    MigrationCatalog catalog = catalog(SCHEMA, CREATE_BOOK, seed);
    migrator(catalog).upgrade();
    List<String> heard = new ArrayList<>();

    Migrator.builder(database).catalog(catalog).listener(new MigrationListener() {
      @Override
      public void beforeDowngrade(String schema, Revision revision) {
        heard.add("before " + revision.id());
      }

      @Override
      public void afterDowngrade(String schema, Revision revision, Duration elapsed) {
        heard.add("after " + revision.id());
      }
    }).build().downgrade("-1");

    assertEquals(List.of("before 0002_seed_books", "after 0002_seed_books"), heard);
    assertEquals(List.of("0"), Sql.rows(database, "select count(*) from desk.book"));
  }

  @Test
  void aRevisionWithoutADowngradeStopsTheDowngradeBeforeItStarts() {
    Migration oneWay = acknowledging(frozen("0003_one_way", "0002_add_book_limit",
        ops -> ops.dropColumn("book", "code"), ops -> {}),
        Acknowledgement.onPart("TM102", "book", "code", "the test drops it for good"));
    Migration after = frozen("0004_add_desk", "0003_one_way",
        ops -> ops.addColumn("book", column("desk", "text")), ops -> ops.dropColumn("book", "desk"));
    MigrationCatalog catalog = catalog(SCHEMA, CREATE_BOOK, ADD_BOOK_LIMIT, oneWay, after);
    migrator(catalog).upgrade();

    TidemarkException failure = assertThrows(TidemarkException.class, () -> migrator(catalog).downgrade("base"));

    assertEquals(ErrorCode.IRREVERSIBLE, failure.code());
    assertTrue(failure.getMessage().contains("[0003_one_way]"), failure.getMessage());
    assertEquals(List.of("0001_create_book", "0002_add_book_limit", "0003_one_way", "0004_add_desk"),
        historyRevisions());
    assertTrue(Sql.columns(database, SCHEMA, "book").contains("desk text null"));
  }

  @Test
  void sqlScriptRunWithPsqlGivesTheDatabaseUpgradeGives() {
    assumeTrue(Psql.available(), "psql is not installed");
    Migrator settings = Migrator.builder(database).catalog(THREE).lockTimeout(Duration.ofSeconds(5))
        .statementTimeout(Duration.ofMinutes(1)).build();
    SqlScript script = settings.sql();
    assertTrue(script.upgrade());
    assertTrue(script.text().contains("set local lock_timeout = 5000;"), script.text());
    assertTrue(script.text().contains("create index concurrently \"trader_book_idx\""), script.text());

    Psql.run(database, script.text());
    DataSource upgraded = TestPostgres.freshDatabase();
    Migrator.builder(upgraded).catalog(THREE).build().upgrade();

    assertEquals(CatalogDump.of(upgraded, SCHEMA), CatalogDump.of(database, SCHEMA));
    assertEquals(Sql.rows(upgraded, "select installed_rank, revision, parent, checksum, description, draft"
            + " from desk.tidemark_history order by 1"),
        Sql.rows(database, "select installed_rank, revision, parent, checksum, description, draft"
            + " from desk.tidemark_history order by 1"));
    assertTrue(migrator(THREE).upgrade().upToDate());

    SqlScript down = migrator(THREE).sql("head:0001_create_book");
    assertFalse(down.upgrade());
    assertEquals(List.of("0003_create_trader", "0002_add_book_limit"), down.revisions());
    Psql.run(database, down.text());
    Migrator.builder(upgraded).catalog(THREE).build().downgrade("0001_create_book");
    assertEquals(CatalogDump.of(upgraded, SCHEMA), CatalogDump.of(database, SCHEMA));
    assertEquals(List.of("0001_create_book"), historyRevisions());
  }

  @Test
  void anOfflineMigratorScriptsWithoutADatabaseAndRefusesEveryOtherVerb() {
    Migrator offline = Migrator.offline().catalog(THREE).build();

    SqlScript script = offline.sql();
    assertEquals(List.of("0001_create_book", "0002_add_book_limit", "0003_create_trader"), script.revisions());
    // Its literals double their quotes: safe only with standard conforming strings, so it sets them first.
    assertTrue(script.text().indexOf("\nset standard_conforming_strings = on;\n")
        < script.text().indexOf("pg_advisory_lock("), script.text());
    assertTrue(script.text().contains("\nset standard_conforming_strings = on;\n"), script.text());
    TidemarkException status = assertThrows(TidemarkException.class, offline::status);
    assertEquals(ErrorCode.CONFIGURATION, status.code());
    assertEquals(ErrorCode.CONFIGURATION, assertThrows(TidemarkException.class,
        () -> Migrator.builder(null).catalog(THREE).build()).code());
  }

  @Test
  void sqlRefusesARangeWithAManualRevision() {
    Migration seed = manual("0002_seed_books", "0001_create_book", false, connection -> {}, connection -> {});

    TidemarkException failure = assertThrows(TidemarkException.class,
        () -> migrator(catalog(SCHEMA, CREATE_BOOK, seed)).sql());

    assertEquals(ErrorCode.NOT_SCRIPTABLE, failure.code());
    assertEquals(List.of("0001_create_book"),
        migrator(catalog(SCHEMA, CREATE_BOOK, seed)).sql("base:0001_create_book").revisions());
  }

  private List<String> historyRevisions() {
    return Sql.rows(database, "select revision from desk.tidemark_history order by installed_rank");
  }

  private Migrator migrator(MigrationCatalog catalog) {
    return Migrator.builder(database).catalog(catalog).build();
  }
}
