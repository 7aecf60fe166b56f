package dev.tidemark.samples.spring;

import dev.tidemark.models.trading.Account;
import dev.tidemark.models.trading.Desk;
import dev.tidemark.models.trading.Instrument;
import dev.tidemark.models.trading.PropTradingModel;
import dev.tidemark.models.trading.Trade;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.boot.CommandLineRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.context.annotation.Bean;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A Spring Boot service on the {@code prop_trading_model} entities. Nothing in it mentions
 * migrations: {@code TidemarkAutoConfiguration} upgrades the schema before JPA starts, and Hibernate
 * only validates it ({@code spring.jpa.hibernate.ddl-auto=validate}).
 */
@SpringBootApplication
@EntityScan(basePackageClasses = PropTradingModel.class)
public class TradingApplication {

  /**
   * Runs against {@code spring.datasource.*} when given (or {@code TIDEMARK_JDBC_URL}), else against
   * an embedded PostgreSQL 17 whose data survives between runs.
   */
  public static void main(String[] args) throws Exception {
    SpringApplication application = new SpringApplication(TradingApplication.class);
    String url = System.getenv("TIDEMARK_JDBC_URL");
    if (url != null && !url.isBlank()) {
      application.setDefaultProperties(Map.of("spring.datasource.url", url,
          "spring.datasource.username", System.getenv().getOrDefault("TIDEMARK_JDBC_USER", ""),
          "spring.datasource.password", System.getenv().getOrDefault("TIDEMARK_JDBC_PASSWORD", "")));
      application.run(args).close();
      return;
    }
    Path dataDirectory = Path.of(System.getProperty("trading.dataDir", "target/spring-db"));
    try (EmbeddedPostgres database = EmbeddedPostgres.builder()
        .setDataDirectory(dataDirectory)
        .setCleanDataDirectory(false)
        .start()) {
      application.setDefaultProperties(Map.of("spring.datasource.url", database.getJdbcUrl("postgres", "postgres"),
          "spring.datasource.username", "postgres"));
      application.run(args).close();
    }
  }

  /** Books a trade through the repositories and reads today's trades back. */
  @Bean
  CommandLineRunner bookATrade(DeskRepository desks, AccountRepository accounts, InstrumentRepository instruments, TradeRepository trades,
      TransactionTemplate transactions) {
    return args -> {
      Trade booked = transactions.execute(status -> book(desks, accounts, instruments, trades));
      System.out.println("Booked trade " + booked.getId() + ": " + booked.getSide() + " " + booked.getQuantity()
          + " at " + booked.getPrice() + ", notional " + booked.notional());
      System.out.println("Trades booked today: " + trades.findByTradeDateOrderById(LocalDate.now()).size());
    };
  }

  static Trade book(DeskRepository desks, AccountRepository accounts, InstrumentRepository instruments,
      TradeRepository trades) {
    Instant now = Instant.now();
    Desk desk = desks.save(new Desk("SPRING-" + now.toEpochMilli(), "Spring desk"));
    Account account = accounts.save(new Account("SPRING-" + now.toEpochMilli(), "Spring book", desk, "USD", now));
    Instrument instrument = instruments.save(new Instrument("ESZ6", Instrument.AssetClass.FUTURE, "USD",
        new BigDecimal("0.25"), new BigDecimal("50"), LocalDate.of(2025, 12, 19)));
    return trades.save(new Trade(account.getId(), instrument.getId(), Trade.Side.BUY, new BigDecimal("3"),
        new BigDecimal("6021.50"), new BigDecimal("4.20"), now, LocalDate.now()));
  }
}
