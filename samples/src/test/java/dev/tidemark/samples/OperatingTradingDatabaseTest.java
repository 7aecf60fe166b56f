package dev.tidemark.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.tidemark.models.trading.PropTradingModel;
import dev.tidemark.runtime.AdoptReport;
import dev.tidemark.runtime.ErrorCode;
import dev.tidemark.runtime.MigrationReport;
import dev.tidemark.runtime.Migrator;
import dev.tidemark.runtime.SafetyPolicy;
import dev.tidemark.runtime.Tidemark;
import dev.tidemark.runtime.TidemarkException;
import dev.tidemark.runtime.testing.CatalogDump;
import dev.tidemark.runtime.testing.Psql;
import dev.tidemark.runtime.testing.Sql;
import dev.tidemark.runtime.testing.TestPostgres;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** The verbs on the compiled trading models, as an operator runs them against a real database. */
class OperatingTradingDatabaseTest {

  private static final String SCHEMA = PropTradingModel.SCHEMA;

  @Test
  void upgradeDowngradeToBaseAndUpgradeAgainGiveTheSameCatalogs() {
    DataSource database = TestPostgres.freshDatabase();

    migrator(database).upgrade();
    List<String> upgraded = CatalogDump.of(database, SCHEMA);
    assertTrue(migrator(database).verify().clean());
    migrator(database).downgrade("base");
    assertEquals(List.of(), CatalogDump.of(database, SCHEMA));
    assertEquals(List.of("tidemark_history"), Sql.tables(database, SCHEMA));
    assertTrue(migrator(database).verify().clean());
    migrator(database).upgrade();

    assertTrue(upgraded.size() > 20, () -> "too little to compare: " + upgraded);
    assertEquals(upgraded, CatalogDump.of(database, SCHEMA));
    assertTrue(migrator(database).verify().clean());
  }

  /**
   * A live trading database runs under ENHANCED: the whole chain, the baseline SQL revision that
   * rebuilds trades and bars as partitioned tables included, must be reviewable and run there, and
   * leave the catalog BASIC leaves; reverting the baseline must leave exactly 0009's schema.
   */
  @Test
  void theWholeChainRunsUnderEnhancedWithTheBaselineReviewed() {
    DataSource basic = TestPostgres.freshDatabase();
    migrator(basic).upgrade();
    DataSource database = TestPostgres.freshDatabase();
    Migrator enhanced = Migrator.builder(database).catalog(SCHEMA).safetyPolicy(SafetyPolicy.ENHANCED).build();

    MigrationReport report = enhanced.upgrade();
    String script = enhanced.sql("0009_key_trades_by_trade_date:head").text();

    assertTrue(report.applied().size() > 5 && enhanced.status().upToDate(), report::toString);
    assertEquals(CatalogDump.of(basic, SCHEMA), CatalogDump.of(database, SCHEMA));
    assertTrue(script.contains("partition by range (trade_date)"), script);
    enhanced.downgrade("0009_key_trades_by_trade_date");
    assertTrue(enhanced.verify().clean(), () -> enhanced.verify().toString());
  }

  /**
   * STRICT blocks what this chain did without an acknowledgement: 0004 makes accounts.desk_id NOT
   * NULL after 0003's backfill. The upgrade stops before 0004, with the rule named and nothing of it run.
   */
  @Test
  void strictStopsTheChainAtTheUnacknowledgedNotNull() {
    DataSource database = TestPostgres.freshDatabase();
    Migrator strict = Migrator.builder(database).catalog(SCHEMA).safetyPolicy(SafetyPolicy.STRICT)
        .statementTimeout(Duration.ofMinutes(1)).build();

    TidemarkException refused = assertThrows(TidemarkException.class, strict::upgrade);

    assertEquals(ErrorCode.UNSAFE_REVISION, refused.code());
    assertTrue(refused.getMessage().contains("[TM503] alter column accounts.desk_id set not null"), refused::getMessage);
    assertEquals("0003_backfill_account_desks", strict.status().current());
    assertTrue(strict.verify().clean(), () -> strict.verify().toString());
  }

  @Test
  void theOfflineScriptRunWithPsqlGivesTheDatabaseUpgradeGives() {
    assumeTrue(Psql.available(), "psql is not installed");
    DataSource scripted = TestPostgres.freshDatabase();
    DataSource upgraded = TestPostgres.freshDatabase();

    // 0003 is Java (a manual backfill): the script stops before it, the migrator runs it, the script goes on.
    Psql.run(scripted, migrator(scripted).sql("base:0002_add_desks_and_traders").text());
    migrator(scripted).upgrade("0003_backfill_account_desks");
    Psql.run(scripted, migrator(scripted).sql("0003_backfill_account_desks:head").text());
    migrator(upgraded).upgrade();

    assertEquals(CatalogDump.of(upgraded, SCHEMA), CatalogDump.of(scripted, SCHEMA));
    assertEquals(migrator(upgraded).status(), migrator(scripted).status());
    assertTrue(migrator(scripted).upgrade().upToDate());
  }

  @Test
  void adoptingAFreshDatabaseUpgradesIt() {
    DataSource database = TestPostgres.freshDatabase();

    AdoptReport report = migrator(database).adopt();

    assertEquals(AdoptReport.Outcome.FRESH, report.outcome());
    assertEquals(referenceCatalog(), CatalogDump.of(database, SCHEMA));
  }

  @Test
  void adoptingTheSchemaHibernateExportedStampsIt() {
    DataSource database = TestPostgres.freshDatabase();
    PropTradingModelMigrationTest.exportWithHibernate(database);

    AdoptReport report = migrator(database).adopt();

    // Hibernate creates plain tables: its export is the schema of 0009, before trades and bars were partitioned.
    assertEquals(AdoptReport.Outcome.STAMPED, report.outcome(), report::summary);
    assertEquals("0009_key_trades_by_trade_date", report.revision());
    assertEquals(List.of(), report.bridge());
    migrator(database).upgrade();
    assertTrue(migrator(database).status().upToDate());
    assertTrue(migrator(database).verify().clean());
  }

  /**
   * Adopting to the head bridges in one statement list and runs no manual revision. The head
   * partitions trades, which only a rebuild does, so a legacy database is refused as a whole and left
   * as it was. Adopting to the revision the legacy schema stands for, then upgrading, takes it over
   * with its rows.
   */
  @Test
  void aHandWrittenSchemaWithAccountsIsAdoptedAtItsRevisionThenUpgraded() {
    DataSource database = TestPostgres.freshDatabase();
    Sql.execute(database, resource("legacy/schema.sql"));
    List<String> before = CatalogDump.of(database, SCHEMA);

    TidemarkException refused = assertThrows(TidemarkException.class, () -> migrator(database).adopt());

    assertEquals(ErrorCode.DRIFT, refused.code());
    assertTrue(refused.getMessage().contains("table trades cannot become partitioned"), refused.getMessage());
    assertEquals(before, CatalogDump.of(database, SCHEMA));
    assertAdoptedAtTheLegacyRevisionThenUpgraded(database, List.of());
  }

  @Test
  void aHalfBuiltDatabaseWithAccountsIsAdoptedAtItsRevisionThenUpgraded() {
    DataSource database = TestPostgres.freshDatabase();
    Sql.execute(database, resource("legacy/half-built.sql"));
    List<String> before = CatalogDump.of(database, SCHEMA);

    TidemarkException refused = assertThrows(TidemarkException.class, () -> migrator(database).adopt());

    assertEquals(ErrorCode.DRIFT, refused.code());
    assertEquals(before, CatalogDump.of(database, SCHEMA));
    // The old system's table is the database's own: adopt leaves it alone, and verify names it.
    assertAdoptedAtTheLegacyRevisionThenUpgraded(database, List.of("EXTRA_TABLE legacy_positions"));
  }

  private void assertAdoptedAtTheLegacyRevisionThenUpgraded(DataSource database, List<String> leftAlone) {
    AdoptReport adopted = migrator(database).adopt("0001_initial");
    migrator(database).upgrade();

    assertEquals("0001_initial", adopted.revision(), adopted::summary);
    assertEquals(leftAlone, migrator(database).drift().differences().stream()
        .map(drift -> drift.kind() + " " + drift.object()).toList());
    assertEquals(List.of("ACC-1"), Sql.rows(database, "select code from prop_trading_model.accounts"));
  }

  @Test
  void settingsForEverySchemaAreCheckedBeforeTheDatabaseIsTouched() {
    DataSource database = TestPostgres.freshDatabase();

    TidemarkException failure = assertThrows(TidemarkException.class, () -> Tidemark.migrate(database,
        settings -> settings.lockTimeout(Duration.ofSeconds(-1)).historyTable(SCHEMA, "")));

    assertEquals(ErrorCode.CONFIGURATION, failure.code());
    assertTrue(failure.getMessage().contains("lockTimeout must be positive"), failure.getMessage());
    assertTrue(failure.getMessage().contains("historyTable '' is not a usable name"), failure.getMessage());
    assertEquals(List.of(), Sql.tables(database, SCHEMA));
    List<MigrationReport> reports = Tidemark.migrate(database, settings -> settings
        .lockTimeout(Duration.ofSeconds(5)).statementTimeout(Duration.ofMinutes(5)).lockWait(Duration.ofMinutes(1))
        .historyTable("tidemark", "history_of_trading"));
    assertEquals(10, reports.get(0).applied().size());
    assertEquals("0001_initial", Sql.rows(database, "select revision from tidemark.history_of_trading").get(0));
    assertTrue(Sql.tables(database, SCHEMA).containsAll(List.of("accounts", "desks", "instruments", "orders",
        "positions", "trades", "market_data_bars")), () -> Sql.tables(database, SCHEMA).toString());
  }

  private static List<String> referenceCatalog() {
    DataSource reference = TestPostgres.freshDatabase();
    migrator(reference).upgrade();
    return CatalogDump.of(reference, SCHEMA);
  }

  private static Migrator migrator(DataSource database) {
    return Migrator.builder(database).catalog(SCHEMA).build();
  }

  private static String resource(String name) {
    try (InputStream in = OperatingTradingDatabaseTest.class.getClassLoader().getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
