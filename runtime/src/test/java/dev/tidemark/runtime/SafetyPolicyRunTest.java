package dev.tidemark.runtime;

import static dev.tidemark.runtime.schema.CheckConstraint.check;
import static dev.tidemark.runtime.schema.Column.column;
import static dev.tidemark.runtime.schema.ForeignKey.foreignKey;
import static dev.tidemark.runtime.schema.Index.index;
import static dev.tidemark.runtime.schema.PrimaryKey.primaryKey;
import static dev.tidemark.runtime.schema.UniqueConstraint.unique;
import static dev.tidemark.runtime.testing.TestMigrations.acknowledging;
import static dev.tidemark.runtime.testing.TestMigrations.catalog;
import static dev.tidemark.runtime.testing.TestMigrations.frozen;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tidemark.runtime.testing.CatalogDump;
import dev.tidemark.runtime.testing.Sql;
import dev.tidemark.runtime.testing.TestPostgres;
import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** The migrator judges each revision under its safety policy and runs the safe forms the policy plans. */
class SafetyPolicyRunTest {

  private static final String SCHEMA = "desk";

  private static final Migration CREATE_TABLES = frozen("0001_create_tables", null,
      ops -> {
        ops.createTable("book", column("id", "bigint").notNull(), column("code", "text"),
            primaryKey("book_pkey", "id"));
        ops.createTable("trade", column("id", "bigint").notNull(), column("book_id", "bigint"),
            column("venue", "text"), column("qty", "integer"), primaryKey("trade_pkey", "id"));
      },
      ops -> {
        ops.dropTable("trade");
        ops.dropTable("book");
      });

  /** Every operation that has a safe form, on tables that hold rows. */
  private static final Migration CONSTRAIN_TRADES = frozen("0002_constrain_trades", "0001_create_tables",
      ops -> {
        ops.createIndex("trade", index("trade_venue_idx", "venue"));
        ops.addForeignKey("trade", foreignKey("trade_book_fk", "book_id").references("book", "id"));
        ops.addCheck("trade", check("trade_qty_check", "qty > 0"));
        ops.setNotNull("trade", "venue");
        ops.addUnique("book", unique("book_code_key", "code"));
      },
      ops -> {
        ops.dropConstraint("book", "book_code_key");
        ops.dropNotNull("trade", "venue");
        ops.dropConstraint("trade", "trade_qty_check");
        ops.dropConstraint("trade", "trade_book_fk");
        ops.dropIndex("trade", "trade_venue_idx");
      });

  private static final Migration DROP_VENUE = frozen("0002_drop_venue", "0001_create_tables",
      ops -> ops.dropColumn("trade", "venue"), ops -> ops.addColumn("trade", column("venue", "text")));

  private final DataSource database = TestPostgres.freshDatabase();

  @Test
  void basicRefusesDataLossWithoutAnAcknowledgementAndRunsNothingOfIt() {
    migrator(SafetyPolicy.BASIC, CREATE_TABLES).upgrade();

    TidemarkException refused = assertThrows(TidemarkException.class,
        () -> migrator(SafetyPolicy.BASIC, CREATE_TABLES, DROP_VENUE).upgrade());

    assertEquals(ErrorCode.UNSAFE_REVISION, refused.code());
    assertTrue(refused.getMessage().contains("[TM102] drop column trade.venue"), refused.getMessage());
    assertTrue(columnNames("trade").contains("venue"));
    assertEquals(List.of("0001_create_tables"), Sql.rows(database, "select revision from desk.tidemark_history"));

    Migration acknowledged = acknowledging(DROP_VENUE,
        Acknowledgement.onPart("TM102", "trade", "venue", "unused since release 41"));
    migrator(SafetyPolicy.BASIC, CREATE_TABLES, acknowledged).upgrade();

    assertTrue(!columnNames("trade").contains("venue"));
  }

  @Test
  void enhancedRunsTheSafeFormsAndLeavesTheCatalogThePlainStatementsLeave() {
    DataSource plain = TestPostgres.freshDatabase();
    for (DataSource each : List.of(plain, database)) {
      migrator(each, SafetyPolicy.BASIC, CREATE_TABLES).upgrade();
      fillTables(each);
    }

    migrator(plain, SafetyPolicy.BASIC, CREATE_TABLES, CONSTRAIN_TRADES).upgrade();
    migrator(database, SafetyPolicy.ENHANCED, CREATE_TABLES, CONSTRAIN_TRADES).upgrade();

    assertEquals(CatalogDump.of(plain, SCHEMA), CatalogDump.of(database, SCHEMA));
    assertEquals(List.of("book_code_key true", "trade_venue_idx true"), Sql.rows(database, "select c.relname || ' '"
        + " || i.indisvalid from pg_index i join pg_class c on c.oid = i.indexrelid join pg_namespace n"
        + " on n.oid = c.relnamespace where n.nspname = 'desk' and not i.indisprimary"
        + " and c.relname not like 'tidemark%' order by 1"));
    assertEquals(List.of("book_code_key true", "trade_book_fk true", "trade_qty_check true"), Sql.rows(database,
        "select conname || ' ' || convalidated from pg_constraint where connamespace = 'desk'::regnamespace"
            + " and contype in ('c', 'f', 'u') and conname not like 'tidemark%' order by 1"));
  }

  @Test
  void aRunThatFailedBetweenPhasesResumesAtThePhaseThatFailed() {
    migrator(SafetyPolicy.ENHANCED, CREATE_TABLES).upgrade();
    fillTables(database);
    Sql.execute(database, "insert into desk.book values (3, 'B1')");

    TidemarkException failed = assertThrows(TidemarkException.class,
        () -> migrator(SafetyPolicy.ENHANCED, CREATE_TABLES, CONSTRAIN_TRADES).upgrade());

    assertEquals(ErrorCode.REVISION_FAILED, failed.code());
    assertTrue(failed.getMessage().contains("the next run resumes at this one"), failed.getMessage());
    // The history says how far it came, and the revision reads as not applied.
    assertEquals(List.of("0002_constrain_trades upgrade"), Sql.rows(database,
        "select revision || ' ' || in_progress from desk.tidemark_history where phases_done is not null"));
    assertEquals(List.of("0001_create_tables"), migrator(SafetyPolicy.ENHANCED, CREATE_TABLES, CONSTRAIN_TRADES)
        .history().stream().map(HistoryEntry::revision).toList());

    Sql.execute(database, "delete from desk.book where id = 3");
    // Running a committed phase again would fail ("constraint already exists"): it resumes instead.
    migrator(SafetyPolicy.ENHANCED, CREATE_TABLES, CONSTRAIN_TRADES).upgrade();

    assertEquals(List.of("0001_create_tables", "0002_constrain_trades"), Sql.rows(database,
        "select revision from desk.tidemark_history where in_progress is null order by installed_rank"));
    assertEquals(List.of("0"), Sql.rows(database,
        "select count(*) from desk.tidemark_history where in_progress is not null"));
    assertEquals(List.of("t"), Sql.rows(database, "select bool_and(i.indisvalid) from pg_index i join pg_class c"
        + " on c.oid = i.indexrelid where c.relnamespace = 'desk'::regnamespace"));
  }

  @Test
  void aRevisionEndingOutsideATransactionIsRecordedWhenItsHistoryTransactionFailedOnce() {
    Migration indexVenue = frozen("0002_index_venue", "0001_create_tables",
        ops -> {
          ops.addCheck("trade", check("trade_qty_check", "qty > 0"));
          ops.createIndex("trade", index("trade_venue_idx", "venue"));
        },
        ops -> {
          ops.dropIndex("trade", "trade_venue_idx");
          ops.dropConstraint("trade", "trade_qty_check");
        });
    migrator(SafetyPolicy.ENHANCED, CREATE_TABLES).upgrade();
    fillTables(database);
    Sql.execute(database, "create function desk.refuse_history() returns trigger language plpgsql as"
        + " $$ begin raise exception 'history refused'; end $$");
    Sql.execute(database, "create trigger refuse_history before insert on desk.tidemark_history for each row"
        + " when (new.in_progress is null) execute function desk.refuse_history()");

    assertThrows(TidemarkException.class,
        () -> migrator(SafetyPolicy.ENHANCED, CREATE_TABLES, indexVenue).upgrade());
    Sql.execute(database, "drop trigger refuse_history on desk.tidemark_history");
    migrator(SafetyPolicy.ENHANCED, CREATE_TABLES, indexVenue).upgrade();

    List<String> applied = List.of("0001_create_tables", "0002_index_venue");
    assertEquals(applied, Sql.rows(database,
        "select revision from desk.tidemark_history where in_progress is null order by installed_rank"));
    assertEquals(List.of("0"), Sql.rows(database,
        "select count(*) from desk.tidemark_history where in_progress is not null"));
    migrator(SafetyPolicy.ENHANCED, CREATE_TABLES, indexVenue).upgrade();
    assertEquals(applied, migrator(SafetyPolicy.ENHANCED, CREATE_TABLES, indexVenue).history().stream()
        .map(HistoryEntry::revision).toList());
  }

  @Test
  void anUpgradeRefusesARevisionADowngradeLeftHalfRevertedUntilTheDowngradeIsRunAgain() {
    migrator(SafetyPolicy.ENHANCED, CREATE_TABLES).upgrade();
    fillTables(database);
    Migrator enhanced = migrator(SafetyPolicy.ENHANCED, CREATE_TABLES, CONSTRAIN_TRADES);
    enhanced.upgrade();
    Sql.execute(database, "create function desk.refuse_history() returns trigger language plpgsql as"
        + " $$ begin raise exception 'history refused'; end $$");
    Sql.execute(database, "create trigger refuse_history before delete on desk.tidemark_history"
        + " execute function desk.refuse_history()");
    assertThrows(TidemarkException.class, () -> enhanced.downgrade("0001_create_tables"));
    Sql.execute(database, "drop trigger refuse_history on desk.tidemark_history");

    TidemarkException refused = assertThrows(TidemarkException.class, enhanced::upgrade);

    assertTrue(refused.getMessage().contains("revision 0002_constrain_trades of schema desk is half reverted"),
        refused.getMessage());
    assertTrue(refused.getMessage().contains("Run the downgrade to 0001_create_tables again"), refused.getMessage());
    assertTrue(enhanced.status().diverged());
    assertTrue(enhanced.status().summary().contains("half reverted"), enhanced.status().summary());

    enhanced.downgrade("0001_create_tables");
    assertEquals(List.of("0001_create_tables"), Sql.rows(database, "select revision from desk.tidemark_history"));
    enhanced.upgrade();
    assertTrue(enhanced.status().upToDate());
  }

  @Test
  void aRunUnderAnotherPolicyRefusesToResumeWhatAStoppedRunLeft() {
    migrator(SafetyPolicy.ENHANCED, CREATE_TABLES).upgrade();
    fillTables(database);
    Sql.execute(database, "insert into desk.book values (3, 'B1')");
    assertThrows(TidemarkException.class,
        () -> migrator(SafetyPolicy.ENHANCED, CREATE_TABLES, CONSTRAIN_TRADES).upgrade());
    Sql.execute(database, "delete from desk.book where id = 3");

    TidemarkException refused = assertThrows(TidemarkException.class,
        () -> migrator(SafetyPolicy.BASIC, CREATE_TABLES, CONSTRAIN_TRADES).upgrade());

    assertEquals(ErrorCode.CONFIGURATION, refused.code());
    assertTrue(refused.getMessage().contains("the upgrade of revision 0002_constrain_trades of schema desk stopped"
        + " part way under another safety policy"), refused.getMessage());
    assertEquals(List.of("0001_create_tables"), Sql.rows(database,
        "select revision from desk.tidemark_history where in_progress is null order by installed_rank"));
    migrator(SafetyPolicy.ENHANCED, CREATE_TABLES, CONSTRAIN_TRADES).upgrade();
    assertEquals(List.of("0001_create_tables", "0002_constrain_trades"), Sql.rows(database,
        "select revision from desk.tidemark_history where in_progress is null order by installed_rank"));
  }

  @Test
  void aPhaseThatTimesOutOnALockIsRetriedUntilTheHolderLetsGo() throws Exception {
    migrator(SafetyPolicy.ENHANCED, CREATE_TABLES).upgrade();
    Migration addColumn = frozen("0002_add_desk", "0001_create_tables",
        ops -> ops.addColumn("trade", column("desk", "text")), ops -> ops.dropColumn("trade", "desk"));
    try (Connection holder = database.getConnection()) {
      holder.setAutoCommit(false);
      holder.createStatement().execute("select * from desk.trade");
      Thread release = new Thread(() -> {
        try {
          Thread.sleep(700);
          holder.rollback();
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      });
      release.start();

      migrator(SafetyPolicy.ENHANCED, CREATE_TABLES, addColumn).upgrade();
      release.join();
    }

    assertTrue(columnNames("trade").contains("desk"));
  }

  @Test
  void aDowngradeRunsItsSafeFormsAndIsNotRefusedForTheDataLossItMeans() {
    DataSource before = TestPostgres.freshDatabase();
    migrator(before, SafetyPolicy.BASIC, CREATE_TABLES).upgrade();
    migrator(SafetyPolicy.ENHANCED, CREATE_TABLES).upgrade();
    fillTables(database);
    Migration addDesk = frozen("0003_add_desk", "0002_constrain_trades",
        ops -> ops.addColumn("trade", column("desk", "text")), ops -> ops.dropColumn("trade", "desk"));
    Migrator enhanced = migrator(SafetyPolicy.ENHANCED, CREATE_TABLES, CONSTRAIN_TRADES, addDesk);
    enhanced.upgrade();
    Sql.execute(database, "update desk.trade set desk = 'FX'");

    DowngradeReport report = enhanced.downgrade("0001_create_tables");

    assertEquals(List.of("0003_add_desk", "0002_constrain_trades"),
        report.reverted().stream().map(reverted -> reverted.revision().id()).toList());
    assertEquals(CatalogDump.of(before, SCHEMA), CatalogDump.of(database, SCHEMA));
  }

  @Test
  void theOfflineScriptShowsTheSafeFormsPhaseByPhase() {
    String script = Migrator.builder(database).catalog(catalog(SCHEMA, CREATE_TABLES, CONSTRAIN_TRADES))
        .safetyPolicy(SafetyPolicy.ENHANCED).statementTimeout(Duration.ofSeconds(30)).build()
        .sql("0001_create_tables:head").text();

    assertTrue(script.contains("-- runs outside a transaction\nset lock_timeout = 2000;\n"
        + "create index concurrently if not exists \"trade_venue_idx\" on \"desk\".\"trade\" (\"venue\");\n"
        + "reset lock_timeout;\n"), script);
    assertTrue(script.contains("begin;\nset local lock_timeout = 2000;\nset local statement_timeout = 30000;\n"
        + "alter table \"desk\".\"trade\" add constraint \"trade_book_fk\" foreign key (\"book_id\")"), script);
    assertTrue(script.contains("alter table \"desk\".\"trade\" validate constraint \"trade_qty_check\";"), script);
    assertTrue(script.contains("unique using index \"book_code_key\";\ninsert into \"desk\".\"tidemark_history\""),
        script);
  }

  @Test
  void theOfflineScriptRefusesWhatTheMigratorWouldRefuse() {
    Migrator unacknowledged = Migrator.offline().catalog(catalog(SCHEMA, CREATE_TABLES, DROP_VENUE)).build();

    TidemarkException refused = assertThrows(TidemarkException.class, () -> unacknowledged.sql("base:head"));

    assertEquals(ErrorCode.UNSAFE_REVISION, refused.code());
    String downgrade = unacknowledged.sql("head:base").text();
    assertTrue(downgrade.contains("-- accepted by downgrading: "), downgrade);
  }

  @Test
  void strictNeedsAStatementTimeoutBeforeItTouchesTheDatabase() {
    TidemarkException refused = assertThrows(TidemarkException.class,
        () -> Migrator.builder(database).catalog(catalog(SCHEMA)).safetyPolicy(SafetyPolicy.STRICT).build());

    assertEquals(ErrorCode.CONFIGURATION, refused.code());
    assertTrue(refused.getMessage().contains("statementTimeout is required under safetyPolicy STRICT"),
        refused.getMessage());
  }

  @Test
  void aHistoryTableOfThePreviousReleaseGainsTheNewColumnsUnderTheLock() {
    // The history table as Tidemark created it before stamping and phases (commit 6883868).
    Sql.execute(database, "create schema desk");
    Sql.execute(database, "create table desk.tidemark_history (installed_rank integer not null primary key,"
        + " revision text not null unique, parent text, checksum text not null, description text not null,"
        + " applied_at timestamp with time zone not null default now(),"
        + " applied_by text not null default current_user, execution_ms bigint not null,"
        + " draft boolean not null default false, draft_downgrade text)");
    Sql.execute(database, "create table desk.book (id bigint not null, code text, constraint book_pkey"
        + " primary key (id))");
    Sql.execute(database, "create table desk.trade (id bigint not null, book_id bigint, venue text, qty integer,"
        + " constraint trade_pkey primary key (id))");
    Sql.execute(database, "insert into desk.tidemark_history (installed_rank, revision, checksum, description,"
        + " execution_ms) values (1, '0001_create_tables', '" + CREATE_TABLES.revision().checksum()
        + "', 'create tables', 5)");
    Migration addDesk = frozen("0002_add_desk", "0001_create_tables",
        ops -> ops.addColumn("trade", column("desk", "text")), ops -> ops.dropColumn("trade", "desk"));
    Migrator migrator = migrator(SafetyPolicy.BASIC, CREATE_TABLES, addDesk);

    assertEquals(List.of("0001_create_tables false"),
        migrator.history().stream().map(entry -> entry.revision() + " " + entry.stamped()).toList());
    migrator.upgrade();

    assertEquals(List.of("0001_create_tables false", "0002_add_desk false"),
        migrator.history().stream().map(entry -> entry.revision() + " " + entry.stamped()).toList());
    assertTrue(columnNames("tidemark_history").containsAll(
        List.of("stamped", "in_progress", "phases_done", "plan_fingerprint")));
  }

  private List<String> columnNames(String table) {
    return Sql.columns(database, SCHEMA, table).stream().map(column -> column.split(" ")[0]).toList();
  }

  private static void fillTables(DataSource database) {
    Sql.execute(database, "insert into desk.book values (1, 'B1'), (2, 'B2')");
    Sql.execute(database, "insert into desk.trade values (1, 1, 'XLON', 10), (2, 2, 'XPAR', 20)");
  }

  private Migrator migrator(SafetyPolicy policy, Migration... migrations) {
    return migrator(database, policy, migrations);
  }

  private static Migrator migrator(DataSource database, SafetyPolicy policy, Migration... migrations) {
    return Migrator.builder(database).catalog(catalog(SCHEMA, migrations)).safetyPolicy(policy)
        .lockTimeout(Duration.ofMillis(200)).build();
  }
}
