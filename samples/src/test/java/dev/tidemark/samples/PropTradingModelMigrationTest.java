package dev.tidemark.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tidemark.models.trading.PropTradingModel;
import dev.tidemark.models.trading.Trade;
import dev.tidemark.runtime.MigrationReport;
import dev.tidemark.runtime.Tidemark;
import dev.tidemark.runtime.testing.CatalogDump;
import dev.tidemark.runtime.testing.TestPostgres;
import java.util.List;
import javax.sql.DataSource;
import org.hibernate.SessionFactory;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.cfg.AvailableSettings;
import org.junit.jupiter.api.Test;

/**
 * The compiled {@code models} module, as a service ships it: its generated migrations build a
 * fresh database that Hibernate validates, and that matches what Hibernate itself would create.
 */
class PropTradingModelMigrationTest {

  @Test
  void generatedMigrationsBuildASchemaHibernateValidatesAndUses() {
    DataSource database = TestPostgres.freshDatabase();

    List<MigrationReport> reports = Tidemark.migrate(database);

    assertEquals(1, reports.size());
    assertEquals(PropTradingModel.SCHEMA, reports.get(0).schema());
    assertFalse(reports.get(0).upToDate());
    try (SessionFactory hibernate = TradingService.startHibernate(database)) {
      TradingService.bookTrades(hibernate);
      List<Trade> trades = hibernate.fromTransaction(session ->
          session.createSelectionQuery("from Trade order by id", Trade.class).getResultList());
      assertEquals(4, trades.size());
      assertTrue(trades.stream().allMatch(trade -> trade.getId() != null && trade.getClearingRef() != null));
    }
  }

  @Test
  void migratedSchemaEqualsTheSchemaHibernateExports() {
    DataSource migrated = TestPostgres.freshDatabase();
    Tidemark.migrate(migrated);
    DataSource exported = TestPostgres.freshDatabase();
    exportWithHibernate(exported);

    List<String> expected = CatalogDump.of(exported, PropTradingModel.SCHEMA);
    assertTrue(expected.size() > 30, () -> "Hibernate exported too little to compare: " + expected);
    assertEquals(String.join("\n", expected), String.join("\n", CatalogDump.of(migrated, PropTradingModel.SCHEMA)));
  }

  /** Hibernate's own schema export of the same entities: the oracle Tidemark must match. */
  static void exportWithHibernate(DataSource database) {
    StandardServiceRegistry registry = new StandardServiceRegistryBuilder()
        .applySetting(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, database)
        .applySetting(AvailableSettings.DEFAULT_SCHEMA, PropTradingModel.SCHEMA)
        .applySetting(AvailableSettings.HBM2DDL_CREATE_SCHEMAS, true)
        .applySetting(AvailableSettings.JAKARTA_HBM2DDL_DATABASE_ACTION, "create")
        .build();
    MetadataSources sources = new MetadataSources(registry);
    PropTradingModel.ENTITIES.forEach(sources::addAnnotatedClass);
    sources.buildMetadata().buildSessionFactory().close();
  }
}
