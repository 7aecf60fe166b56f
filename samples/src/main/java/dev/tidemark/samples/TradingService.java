package dev.tidemark.samples;

import dev.tidemark.models.trading.Account;
import dev.tidemark.models.trading.Desk;
import dev.tidemark.models.trading.Instrument;
import dev.tidemark.models.trading.PropTradingModel;
import dev.tidemark.models.trading.Trade;
import dev.tidemark.runtime.MigrationReport;
import dev.tidemark.runtime.Tidemark;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.hibernate.SessionFactory;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.cfg.AvailableSettings;

/**
 * The trading service a team copies from: migrate at boot with one call, then start Hibernate with
 * schema validation against the migrated database, and trade.
 */
public final class TradingService {

  private TradingService() {}

  public static void main(String[] args) throws Exception {
    Path dataDirectory = Path.of(System.getProperty("trading.dataDir", "target/trading-db"));
    try (LocalDatabase database = LocalDatabase.start(dataDirectory)) {
      System.out.println("Database: " + database.description());

      // The one boot call: apply whatever revisions this build carries and the database lacks.
      List<MigrationReport> reports = Tidemark.migrate(database.dataSource());
      reports.forEach(report -> System.out.println(report.summary()));

      try (SessionFactory hibernate = startHibernate(database.dataSource())) {
        System.out.println("Hibernate validated the migrated schema against " + PropTradingModel.ENTITIES.size()
            + " entities");
        bookTrades(hibernate);
        printPositions(hibernate);
      }
    }
  }

  /** Hibernate with {@code hbm2ddl.auto=validate}: it refuses to start if the schema does not match. */
  static SessionFactory startHibernate(DataSource dataSource) {
    StandardServiceRegistry registry = new StandardServiceRegistryBuilder()
        .applySetting(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, dataSource)
        .applySetting(AvailableSettings.HBM2DDL_AUTO, "validate")
        .applySetting(AvailableSettings.DEFAULT_SCHEMA, PropTradingModel.SCHEMA)
        .build();
    MetadataSources sources = new MetadataSources(registry);
    PropTradingModel.ENTITIES.forEach(sources::addAnnotatedClass);
    return sources.buildMetadata().buildSessionFactory();
  }

  static void bookTrades(SessionFactory hibernate) {
    Instant now = Instant.now();
    LocalDate today = LocalDate.now();
    hibernate.inTransaction(session -> {
      Desk macroDesk = new Desk("MACRO-" + now.toEpochMilli(), "Global macro");
      Desk ratesDesk = new Desk("RATES-" + now.toEpochMilli(), "Rates relative value");
      Account macro = new Account("MACRO-" + now.toEpochMilli(), "Global macro", macroDesk, "USD", now);
      Account rates = new Account("RATES-" + now.toEpochMilli(), "Rates relative value", ratesDesk, "EUR", now);
      Instrument bund = new Instrument("FGBL", Instrument.AssetClass.FUTURE, "EUR",
          new BigDecimal("0.01"), new BigDecimal("1000"), LocalDate.of(2026, 9, 8));
      Instrument spx = new Instrument("SPY", Instrument.AssetClass.EQUITY, "USD",
          new BigDecimal("0.01"), BigDecimal.ONE, LocalDate.of(1993, 1, 22));
      List.of(macroDesk, ratesDesk, macro, rates, bund, spx).forEach(session::persist);
      session.flush();
      session.persist(new Trade(rates.getId(), bund.getId(), Trade.Side.BUY, new BigDecimal("25"),
          new BigDecimal("131.42"), new BigDecimal("12.50"), now, today));
      session.persist(new Trade(rates.getId(), bund.getId(), Trade.Side.SELL, new BigDecimal("10"),
          new BigDecimal("131.55"), new BigDecimal("5.00"), now, today));
      session.persist(new Trade(macro.getId(), spx.getId(), Trade.Side.BUY, new BigDecimal("1200"),
          new BigDecimal("587.31"), new BigDecimal("6.00"), now, today));
      session.persist(new Trade(macro.getId(), spx.getId(), Trade.Side.SELL, new BigDecimal("200"),
          new BigDecimal("588.02"), null, now, today));
    });
  }

  static void printPositions(SessionFactory hibernate) {
    List<Trade> trades = hibernate.fromTransaction(session ->
        session.createSelectionQuery("from Trade where tradeDate = :today order by id", Trade.class)
            .setParameter("today", LocalDate.now())
            .getResultList());
    Map<String, BigDecimal> netNotional = new TreeMap<>();
    for (Trade trade : trades) {
      netNotional.merge("account " + trade.getAccountId() + " / instrument " + trade.getInstrumentId(),
          trade.notional(), BigDecimal::add);
    }
    System.out.println("Read back " + trades.size() + " trades booked today; net notional by position:");
    netNotional.forEach((position, notional) ->
        System.out.printf("  %-36s %18s%n", position, notional.setScale(2, RoundingMode.HALF_EVEN).toPlainString()));
  }
}
