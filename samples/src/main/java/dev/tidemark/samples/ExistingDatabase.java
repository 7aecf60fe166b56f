package dev.tidemark.samples;

import dev.tidemark.runtime.AdoptReport;
import dev.tidemark.runtime.HistoryEntry;
import dev.tidemark.runtime.MigrationReport;
import dev.tidemark.runtime.Migrator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * Moving a database that predates Tidemark onto it, in the three cases a team meets on the day it
 * switches: a fresh database is upgraded; a database built from the legacy {@code schema.sql}
 * matches a revision, and {@code adopt} stamps it there without running any DDL; a half-built
 * database (only release 1 of {@code schema.sql}) is bridged to the head, adding only what is
 * missing. Each case runs in a database of its own.
 */
public final class ExistingDatabase {

  /** The DBA's script, the way the schema was built before Tidemark. */
  static final String LEGACY_SCHEMA = "/existing-database/schema.sql";
  /** Where the script's second release starts: a hybrid database stopped before it. */
  static final String RELEASE_2 = "-- Release 2";
  /** The revision whose schema the legacy schema.sql builds. */
  static final String LEGACY_REVISION = "0001_initial";

  private ExistingDatabase() {}

  public static void main(String[] args) throws Exception {
    Path dataDirectory = Path.of(System.getProperty("existing.dataDir", "target/existing-db"));
    try (LocalDatabase database = LocalDatabase.start(dataDirectory)) {
      System.out.println("Database: " + database.description());

      System.out.println("\n(a) A fresh database: upgrade");
      upgradeFresh(database.recreateDatabase("tidemark_sample_fresh"));

      System.out.println("\n(b) A complete database built from schema.sql: adopt stamps it");
      adoptComplete(database.recreateDatabase("tidemark_sample_existing"));

      System.out.println("\n(c) A half-built database (release 1 of schema.sql): adopt bridges it to "
          + LEGACY_REVISION + ", upgrade does the rest");
      adoptHalfBuilt(database.recreateDatabase("tidemark_sample_hybrid"));
    }
  }

  /** (a): nothing to take over, so the revisions run as in any new environment. */
  static MigrationReport upgradeFresh(DataSource database) {
    MigrationReport report = Migrator.builder(database).build().upgrade();
    System.out.println(report.summary());
    return report;
  }

  /**
   * (b): the catalog already equals a revision's snapshot; adopt records it as applied, and the
   * upgrade brings any revision the model gained since.
   */
  static AdoptReport adoptComplete(DataSource database) throws SQLException {
    run(database, legacySchema());
    insertLegacyRows(database);
    Migrator migrator = Migrator.builder(database).build();
    AdoptReport adopted = migrator.adopt();
    System.out.print(adopted.summary());
    System.out.println(migrator.upgrade().summary());
    printHistory(migrator);
    return adopted;
  }

  /**
   * (c): show the plan first, as a DBA would review it, then bridge to the revision the legacy
   * script stands for and stamp it, in one transaction; the upgrade then runs the later revisions
   * as anywhere else, manual backfills included. Bridging straight to the head would skip those
   * backfills, and the head's NOT NULL desk ids would refuse the accounts already there.
   */
  static AdoptReport adoptHalfBuilt(DataSource database) throws SQLException {
    String script = legacySchema();
    run(database, script.substring(0, script.indexOf(RELEASE_2)));
    insertLegacyRows(database);
    Migrator migrator = Migrator.builder(database).build();
    System.out.print("plan: " + migrator.planAdoption(LEGACY_REVISION).summary());
    AdoptReport adopted = migrator.adopt(LEGACY_REVISION);
    System.out.println(adopted.summary().lines().findFirst().orElseThrow());
    System.out.println(migrator.upgrade().summary());
    printHistory(migrator);
    return adopted;
  }

  /** Rows a legacy database already holds, in release 1's columns: adopting must keep them. */
  static void insertLegacyRows(DataSource database) throws SQLException {
    run(database, """
        insert into prop_trading_model.accounts (code, name, base_currency, desk, status, opened_at)
            values ('MACRO-1', 'Global macro', 'USD', 'macro', 'ACTIVE', '2024-01-02 09:00:00+00');
        insert into prop_trading_model.instruments
            (id, symbol, currency, asset_class, tick_size, contract_multiplier, active)
            values (nextval('prop_trading_model.instrument_id_seq'), 'FGBL', 'EUR', 'FUTURE', 0.01, 1000, true);
        insert into prop_trading_model.trades
            (id, account_id, instrument_id, side, quantity, price, trade_date, executed_at, external_ref)
            values (nextval('prop_trading_model.trades_seq'), 1, 1, 'BUY', 5, 131.42, '2024-01-02',
                '2024-01-02 09:30:00+00', '5a1c3f0e-8d2b-4c7a-9e61-2f4b8d0c7a13');
        """);
  }

  static String legacySchema() {
    try (InputStream in = ExistingDatabase.class.getResourceAsStream(LEGACY_SCHEMA)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + LEGACY_SCHEMA, e);
    }
  }

  /** Runs a script as psql would; pgjdbc sends its statements one after another. */
  static void run(DataSource database, String script) throws SQLException {
    try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
      statement.execute(script);
    }
  }

  private static void printHistory(Migrator migrator) {
    for (HistoryEntry entry : migrator.history()) {
      System.out.printf("  history %d: %-24s %s%n", entry.installedRank(), entry.revision(),
          entry.stamped() ? "stamped" : "applied in " + entry.executionMillis() + " ms");
    }
  }
}
