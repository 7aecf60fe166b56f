package dev.tidemark.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tidemark.models.trading.PropTradingModel;
import dev.tidemark.runtime.AdoptReport;
import dev.tidemark.runtime.DriftReport;
import dev.tidemark.runtime.HistoryEntry;
import dev.tidemark.runtime.MigrationCatalog;
import dev.tidemark.runtime.Migrator;
import dev.tidemark.runtime.Tidemark;
import dev.tidemark.runtime.schema.Schema;
import dev.tidemark.runtime.testing.TestPostgres;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.ServiceLoader;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The three deployment cases of {@link ExistingDatabase}, each against the catalog of a fresh
 * upgrade: whatever the starting point, the database ends equal to it, with its rows.
 */
class ExistingDatabaseTest {

  /** The revisions this build carries; the model grows, so they are read, never listed here. */
  private static List<String> revisions;
  private static Schema freshlyUpgraded;

  @BeforeAll
  static void upgradeAFreshDatabase() throws SQLException {
    revisions = ServiceLoader.load(MigrationCatalog.class).findFirst().orElseThrow().migrations().stream()
        .map(migration -> migration.revision().id())
        .toList();
    DataSource fresh = TestPostgres.freshDatabase();
    assertEquals(revisions.size(), ExistingDatabase.upgradeFresh(fresh).applied().size());
    assertEquals(revisions, historyOf(fresh).stream().map(HistoryEntry::revision).toList());
    freshlyUpgraded = catalogOf(fresh);
  }

  @Test
  void aCompleteLegacyDatabaseIsStampedWithoutDdlAndKeepsItsRows() throws SQLException {
    DataSource existing = TestPostgres.freshDatabase();

    AdoptReport adopted = ExistingDatabase.adoptComplete(existing);

    assertEquals(AdoptReport.Outcome.STAMPED, adopted.outcome());
    assertEquals("0001_initial", adopted.revision(), "schema.sql is the schema of revision 0001_initial");
    assertTrue(adopted.bridge().isEmpty(), () -> "no DDL may run: " + adopted.bridge());
    List<HistoryEntry> history = historyOf(existing);
    assertEquals(revisions, history.stream().map(HistoryEntry::revision).toList());
    assertTrue(history.get(0).stamped());
    assertEquals(List.of(), DriftReport.compare(freshlyUpgraded, catalogOf(existing)).differences());
    assertLegacyRowsKept(existing);
  }

  @Test
  void aHalfBuiltDatabaseIsBridgedToItsRevisionThenUpgradedAndKeepsItsRows() throws SQLException {
    DataSource hybrid = TestPostgres.freshDatabase();

    AdoptReport adopted = ExistingDatabase.adoptHalfBuilt(hybrid);

    assertEquals(AdoptReport.Outcome.BRIDGED, adopted.outcome());
    assertEquals(ExistingDatabase.LEGACY_REVISION, adopted.revision());
    assertFalse(adopted.differences().isEmpty());
    assertTrue(adopted.bridge().stream().anyMatch(sql -> sql.contains("add column \"listed_on\"")),
        () -> "release 2's instruments.listed_on is added: " + adopted.bridge());
    assertTrue(adopted.bridge().stream().noneMatch(sql -> sql.contains("\"accounts\"")),
        () -> "accounts was already right and is not touched: " + adopted.bridge());
    assertTrue(adopted.leftAlone().isEmpty(), () -> "nothing extra: " + adopted.leftAlone());
    assertEquals(revisions, historyOf(hybrid).stream().map(HistoryEntry::revision).toList());
    assertEquals(List.of(), DriftReport.compare(freshlyUpgraded, catalogOf(hybrid)).differences());
    assertLegacyRowsKept(hybrid);
  }

  @Test
  void constraintsTheDbaNamedAreRenamedAndNothingElseRuns() throws SQLException {
    DataSource named = TestPostgres.freshDatabase();
    ExistingDatabase.run(named, ExistingDatabase.legacySchema() + """
        alter table prop_trading_model.accounts rename constraint accounts_pkey to pk_accounts;
        alter table prop_trading_model.trades rename constraint trades_side_check to ck_trade_side;
        """);
    ExistingDatabase.insertLegacyRows(named);

    Migrator migrator = Migrator.builder(named).build();
    AdoptReport adopted = migrator.adopt(ExistingDatabase.LEGACY_REVISION);
    migrator.upgrade();

    assertEquals(AdoptReport.Outcome.BRIDGED, adopted.outcome());
    assertTrue(adopted.bridge().containsAll(List.of(
        "alter table \"prop_trading_model\".\"accounts\" rename constraint \"pk_accounts\" to \"accounts_pkey\"",
        "alter table \"prop_trading_model\".\"trades\" rename constraint \"ck_trade_side\" to \"trades_side_check\"")),
        () -> "the same definitions under other names are renamed: " + adopted.bridge());
    assertTrue(adopted.bridge().stream().noneMatch(sql -> sql.contains(" drop ")),
        () -> "nothing is dropped and rebuilt: " + adopted.bridge());
    assertEquals(List.of(), DriftReport.compare(freshlyUpgraded, catalogOf(named)).differences());
    assertLegacyRowsKept(named);
  }

  private static List<HistoryEntry> historyOf(DataSource database) {
    return Migrator.builder(database).build().history();
  }

  private static Schema catalogOf(DataSource database) {
    return Tidemark.readSchema(database, PropTradingModel.SCHEMA);
  }

  private static void assertLegacyRowsKept(DataSource database) throws SQLException {
    try (Connection connection = database.getConnection(); Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("select (select code from prop_trading_model.accounts),"
            + " (select symbol from prop_trading_model.instruments)")) {
      rows.next();
      assertEquals("MACRO-1", rows.getString(1));
      assertEquals("FGBL", rows.getString(2));
    }
  }
}
