package dev.tidemark.samples.spring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tidemark.models.trading.PropTradingModel;
import dev.tidemark.models.trading.Trade;
import dev.tidemark.models.trading.TradeKey;
import dev.tidemark.runtime.Migrator;
import dev.tidemark.runtime.testing.TestPostgres;
import dev.tidemark.samples.spring.autoconfigure.TidemarkMigrationInitializer;
import java.time.LocalDate;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.transaction.support.TransactionTemplate;

/** The service started on an empty embedded PostgreSQL: Tidemark migrates it, then JPA validates and uses it. */
@SpringBootTest(properties = "spring.main.web-application-type=none")
class TradingApplicationTest {

  @TestConfiguration
  static class EmptyDatabase {
    @Bean
    DataSource dataSource() {
      return TestPostgres.freshDatabase();
    }
  }

  @Autowired
  TidemarkMigrationInitializer migration;
  @Autowired
  Migrator migrator;
  @Autowired
  DeskRepository desks;
  @Autowired
  AccountRepository accounts;
  @Autowired
  InstrumentRepository instruments;
  @Autowired
  TradeRepository trades;
  @Autowired
  TransactionTemplate transactions;

  @Test
  void theSchemaIsMigratedBeforeJpaStartsAndARepositoryRoundTripsATrade() {
    assertEquals(PropTradingModel.SCHEMA, migration.report().schema());
    assertFalse(migration.report().applied().isEmpty(), "the empty database was migrated at start-up");
    assertEquals(migrator.status().head(), migrator.status().current());

    Trade booked = transactions.execute(status -> TradingApplication.book(desks, accounts, instruments, trades));

    Trade read = trades.findById(new TradeKey(booked.getId(), booked.getTradeDate())).orElseThrow();
    assertEquals(booked.getClearingRef(), read.getClearingRef());
    assertEquals(0, booked.getPrice().compareTo(read.getPrice()));
    assertNotNull(read.getExecutedAt());
    assertTrue(trades.findByTradeDateOrderById(LocalDate.now()).stream()
        .anyMatch(trade -> trade.getId().equals(booked.getId())));
  }
}
