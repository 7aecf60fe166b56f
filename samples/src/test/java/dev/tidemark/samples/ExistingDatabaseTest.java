package dev.tidemark.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tidemark.models.trading.PropTradingModel;
import dev.tidemark.runtime.AdoptReport;
import dev.tidemark.runtime.ErrorCode;
import dev.tidemark.runtime.HistoryEntry;
import dev.tidemark.runtime.MigrationCatalog;
import dev.tidemark.runtime.Migrator;
import dev.tidemark.runtime.TidemarkException;
import dev.tidemark.runtime.internal.HistoryTable;
import dev.tidemark.runtime.internal.catalog.Catalogs;
import dev.tidemark.runtime.internal.catalog.SchemaComparison;
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
    assertEquals(List.of(), SchemaComparison.between(freshlyUpgraded, catalogOf(existing)));
    assertLegacyRowsKept(existing);
    assertEquals("macro 1", firstRow(existing, "select d.code || ' ' || (select count(*)"
        + " from prop_trading_model.trades_before_partitioning) from prop_trading_model.accounts a"
        + " join prop_trading_model.desks d on d.id = a.desk_id"),
        "0003 gave the account its desk; 0010 kept the trade, in the partition of the past");
  }

  private static String firstRow(DataSource database, String query) throws SQLException {
    try (Connection connection = database.getConnection(); Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(query)) {
      rows.next();
      return rows.getString(1);
    }
  }

  /**
   * Adopting bridges the schema to the head and runs no manual revision; the head needs every
   * account's desk_id, which only 0003's backfill fills. A half-built database with accounts is
   * therefore refused as a whole, and keeps its rows.
   */
  @Test
  void aHalfBuiltDatabaseWithAccountsIsRefusedAndKeepsItsRows() throws SQLException {
    DataSource hybrid = TestPostgres.freshDatabase();

    TidemarkException refused = assertThrows(TidemarkException.class, () -> ExistingDatabase.adoptHalfBuilt(hybrid));

    assertEquals(ErrorCode.REVISION_FAILED, refused.code());
    assertTrue(refused.getMessage().contains("\"desk_id\""), refused.getMessage());
    assertLegacyRowsKept(hybrid);
  }

  @Test
  void constraintsTheDbaNamedDoNotHideThatTheBridgeNeedsABackfill() throws SQLException {
    DataSource named = TestPostgres.freshDatabase();
    ExistingDatabase.run(named, ExistingDatabase.legacySchema() + """
        alter table prop_trading_model.accounts rename constraint accounts_pkey to pk_accounts;
        alter table prop_trading_model.trades rename constraint trades_side_check to ck_trade_side;
        """);
    ExistingDatabase.insertLegacyRows(named);
    Migrator migrator = Migrator.builder(named).build();

    AdoptReport plan = migrator.planAdoption();

    assertEquals(AdoptReport.Outcome.PLANNED, plan.outcome());
    assertTrue(plan.bridge().containsAll(List.of(
        "alter table \"prop_trading_model\".\"accounts\" rename constraint \"pk_accounts\" to \"accounts_pkey\"",
        "alter table \"prop_trading_model\".\"trades\" rename constraint \"ck_trade_side\" to \"trades_side_check\"")),
        () -> "the same definitions under other names are renamed: " + plan.bridge());
    assertEquals(ErrorCode.REVISION_FAILED, assertThrows(TidemarkException.class, migrator::adopt).code());
    assertLegacyRowsKept(named);
  }

  private static List<HistoryEntry> historyOf(DataSource database) {
    return Migrator.builder(database).build().history();
  }

  private static Schema catalogOf(DataSource database) throws SQLException {
    try (Connection connection = database.getConnection()) {
      return Catalogs.live(connection, PropTradingModel.SCHEMA, List.of(HistoryTable.DEFAULT_NAME));
    }
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
