package dev.tidemark.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tidemark.models.trading.PropTradingModel;
import dev.tidemark.runtime.MigrationReport;
import dev.tidemark.runtime.Tidemark;
import dev.tidemark.runtime.testing.CatalogDump;
import dev.tidemark.runtime.testing.TestPostgres;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.regex.Pattern;
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
    assertEquals(10, reports.get(0).applied().size());
    // Today's partitions: from 2026-12-01 on, trades and bars of the day need them.
    TradingService.boot(database);
    try (SessionFactory hibernate = TradingService.startHibernate(database)) {
      LocalDate today = LocalDate.now(ZoneOffset.UTC);
      SessionSummary first = TradingService.tradeSession(hibernate, today);
      assertEquals(TradingService.ORDERS_PER_SESSION, first.orders());
      assertTrue(first.trades() > 0 && first.trades() == first.executions(), first::text);
      assertEquals(3, first.pnl().size(), first::text);
      assertEquals(first.text(), TradingService.tradeSession(hibernate, today).text(), "a booked day is kept as it is");
    }
  }

  @Test
  void migratedSchemaEqualsTheSchemaHibernateExports() {
    DataSource migrated = TestPostgres.freshDatabase();
    Tidemark.migrate(migrated);
    DataSource exported = TestPostgres.freshDatabase();
    exportWithHibernate(exported);

    List<String> expected = comparable(CatalogDump.of(exported, PropTradingModel.SCHEMA));
    assertTrue(expected.size() > 150, () -> "Hibernate exported too little to compare: " + expected);
    assertEquals(String.join("\n", expected),
        String.join("\n", comparable(CatalogDump.of(migrated, PropTradingModel.SCHEMA))));
  }

  /**
   * Hibernate exports trades and market_data_bars as plain tables; Tidemark makes them partitioned
   * (0010). Their columns, keys, checks and indexes must still agree, so only what partitioning adds
   * is left out: the partitions (the partition of the past, and those maintenance makes) and the
   * {@code ON ONLY} PostgreSQL prints in the definition of a partitioned table's index.
   */
  private static List<String> comparable(List<String> catalog) {
    return catalog.stream()
        .filter(line -> !PARTITION.matcher(line).find())
        .map(line -> line.replace(" ON ONLY ", " ON "))
        .toList();
  }

  private static final Pattern PARTITION =
      Pattern.compile("^\\w+ (trades|market_data_bars)_(before_partitioning|p\\d{8})");

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
