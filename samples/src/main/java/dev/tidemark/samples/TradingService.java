package dev.tidemark.samples;

import dev.tidemark.models.trading.Account;
import dev.tidemark.models.trading.DailyPnl;
import dev.tidemark.models.trading.Desk;
import dev.tidemark.models.trading.Equity;
import dev.tidemark.models.trading.Execution;
import dev.tidemark.models.trading.FutureContract;
import dev.tidemark.models.trading.Instrument;
import dev.tidemark.models.trading.MarketDataBar;
import dev.tidemark.models.trading.Money;
import dev.tidemark.models.trading.OptionContract;
import dev.tidemark.models.trading.Order;
import dev.tidemark.models.trading.Position;
import dev.tidemark.models.trading.PropTradingModel;
import dev.tidemark.models.trading.RiskBreach;
import dev.tidemark.models.trading.RiskLimit;
import dev.tidemark.models.trading.Trade;
import dev.tidemark.models.trading.Trader;
import dev.tidemark.runtime.MigrationReport;
import dev.tidemark.runtime.Migrator;
import dev.tidemark.runtime.PartitionReport;
import dev.tidemark.runtime.Tidemark;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javax.sql.DataSource;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.cfg.AvailableSettings;

/**
 * The trading service a team copies from: migrate at boot with one call, keep the partitions, start
 * Hibernate with schema validation against the migrated database, and trade one simulated session.
 */
public final class TradingService {

  static final int ORDERS_PER_SESSION = 60;
  private static final int BARS_PER_SESSION = 78;
  private static final Duration BAR = Duration.ofMinutes(5);
  /** A fixed seed: every run on an empty database books the same session. */
  private static final long SEED = 42;

  private TradingService() {}

  public static void main(String[] args) throws Exception {
    Path dataDirectory = Path.of(System.getProperty("trading.dataDir", "target/trading-db"));
    try (LocalDatabase database = LocalDatabase.start(dataDirectory)) {
      System.out.println("Database: " + database.description());
      boot(database.dataSource());
      try (SessionFactory hibernate = startHibernate(database.dataSource())) {
        System.out.println("Hibernate validated the migrated schema against " + PropTradingModel.ENTITIES.size()
            + " entities");
        SessionSummary summary = tradeSession(hibernate, LocalDate.now(ZoneOffset.UTC));
        System.out.print(summary.text());
      }
    }
  }

  /** The one boot call, then partition upkeep (daily too, in a service that runs for days). */
  static void boot(DataSource dataSource) {
    List<MigrationReport> reports = Tidemark.migrate(dataSource);
    reports.forEach(report -> System.out.println(report.summary()));
    PartitionReport partitions = Migrator.builder(dataSource).catalog(PropTradingModel.SCHEMA).build()
        .maintainPartitions();
    System.out.println("Partitions: " + partitions.created().size() + " created, "
        + partitions.detached().size() + " detached");
  }

  /** Hibernate with {@code hbm2ddl.auto=validate}: it refuses to start if the schema does not match. */
  static SessionFactory startHibernate(DataSource dataSource) {
    StandardServiceRegistry registry = new StandardServiceRegistryBuilder()
        .applySetting(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, dataSource)
        .applySetting(AvailableSettings.HBM2DDL_AUTO, "validate")
        .applySetting(AvailableSettings.DEFAULT_SCHEMA, PropTradingModel.SCHEMA)
        .applySetting(AvailableSettings.STATEMENT_BATCH_SIZE, 50)
        .build();
    MetadataSources sources = new MetadataSources(registry);
    PropTradingModel.ENTITIES.forEach(sources::addAnnotatedClass);
    return sources.buildMetadata().buildSessionFactory();
  }

  /**
   * One trading day: bars for every instrument, orders filled against them into executions, trades
   * and positions, then P&L struck per account and risk limits checked. A day already traded is
   * only summarised again, so the service can be rerun.
   */
  static SessionSummary tradeSession(SessionFactory hibernate, LocalDate day) {
    boolean traded = hibernate.fromTransaction(session -> !session.createSelectionQuery(
        "from DailyPnl where businessDate = :day", DailyPnl.class).setParameter("day", day).getResultList().isEmpty());
    if (!traded) {
      hibernate.inTransaction(session -> new SimulatedDay(session, day).run());
    } else {
      System.out.println("The session of " + day + " is already booked");
    }
    return hibernate.fromTransaction(session -> SessionSummary.of(session, day));
  }

  /** The simulation of one day, on one Hibernate session. */
  private static final class SimulatedDay {

    private final Session session;
    private final LocalDate day;
    private final Instant open;
    private final Random random = new Random(SEED);
    private final Map<String, Position> positions = new HashMap<>();
    private final Map<Account, BigDecimal> fees = new HashMap<>();

    SimulatedDay(Session session, LocalDate day) {
      this.session = session;
      this.day = day;
      this.open = day.atTime(14, 30).toInstant(ZoneOffset.UTC);
    }

    void run() {
      ReferenceData reference = ReferenceData.findOrCreate(session, open);
      Map<Instrument, List<MarketDataBar>> bars = new HashMap<>();
      reference.instruments.forEach(instrument -> bars.put(instrument, barsOf(instrument, reference.openingPrice(instrument))));
      int fills = 0;
      for (int n = 1; n <= ORDERS_PER_SESSION; n++) {
        Account account = reference.accounts.get(random.nextInt(reference.accounts.size()));
        List<Instrument> tradable = reference.tradableBy(account);
        Instrument instrument = tradable.get(random.nextInt(tradable.size()));
        int barIndex = random.nextInt(BARS_PER_SESSION - 1);
        fills += work(reference, n, account, instrument, bars.get(instrument), barIndex);
        if (n % 20 == 0) {
          System.out.printf("  session %s: %d/%d orders, %d fills%n", day, n, ORDERS_PER_SESSION, fills);
        }
      }
      Map<Instrument, BigDecimal> closes = new HashMap<>();
      bars.forEach((instrument, series) -> closes.put(instrument, series.get(series.size() - 1).getClose()));
      strikePnlAndCheckLimits(reference, closes);
    }

    /** A random walk of five-minute bars from the opening price. */
    private List<MarketDataBar> barsOf(Instrument instrument, BigDecimal openingPrice) {
      List<MarketDataBar> series = new ArrayList<>();
      BigDecimal last = openingPrice;
      for (int i = 0; i < BARS_PER_SESSION; i++) {
        BigDecimal close = tick(instrument, last.multiply(BigDecimal.valueOf(1 + random.nextGaussian() * 0.0015)));
        BigDecimal high = tick(instrument, last.max(close).multiply(BigDecimal.valueOf(1 + random.nextDouble() * 0.0005)));
        BigDecimal low = tick(instrument, last.min(close).multiply(BigDecimal.valueOf(1 - random.nextDouble() * 0.0005)));
        MarketDataBar bar = new MarketDataBar(instrument.getId(), MarketDataBar.Interval.FIVE_MINUTES,
            open.plus(BAR.multipliedBy(i)), last, high, low, close, BigDecimal.valueOf(100 + random.nextInt(5000)));
        session.persist(bar);
        series.add(bar);
        last = close;
      }
      return series;
    }

    /**
     * Sends one order at a bar and fills it against the next: a market order in one or two fills at
     * the bar's close, a limit order when the next bar trades through its price, else it is cancelled.
     */
    private int work(ReferenceData reference, int n, Account account, Instrument instrument, List<MarketDataBar> series,
        int barIndex) {
      MarketDataBar bar = series.get(barIndex);
      MarketDataBar next = series.get(barIndex + 1);
      Order.Side side = random.nextBoolean() ? Order.Side.BUY : Order.Side.SELL;
      boolean limit = random.nextInt(3) == 0;
      BigDecimal quantity = BigDecimal.valueOf(reference.lotOf(instrument) * (1 + random.nextInt(10)));
      BigDecimal limitPrice = limit ? tick(instrument, bar.getClose().multiply(BigDecimal.valueOf(
          side == Order.Side.BUY ? 0.9995 : 1.0005))) : null;
      Instant sentAt = bar.getBarTime().plus(BAR);
      Order order = new Order(String.format("%s-%04d", day, n), account, reference.traderOf(account), instrument, side,
          limit ? Order.Type.LIMIT : Order.Type.MARKET, quantity, limitPrice, sentAt);
      session.persist(order);
      boolean fills = !limit || (side == Order.Side.BUY ? next.getLow().compareTo(limitPrice) <= 0
          : next.getHigh().compareTo(limitPrice) >= 0);
      if (!fills) {
        order.cancel();
        return 0;
      }
      BigDecimal price = limit ? limitPrice : next.getClose();
      BigDecimal first = random.nextBoolean() ? quantity : quantity.divide(BigDecimal.valueOf(2), 0, RoundingMode.DOWN);
      int count = 0;
      for (BigDecimal part : first.compareTo(quantity) == 0 || first.signum() == 0 ? List.of(quantity)
          : List.of(first, quantity.subtract(first))) {
        count++;
        fill(order, count, part, price, sentAt.plusMillis(150L * count));
      }
      return count;
    }

    private void fill(Order order, int sequence, BigDecimal quantity, BigDecimal price, Instant at) {
      Instrument instrument = order.getInstrument();
      Account account = order.getAccount();
      BigDecimal fee = quantity.multiply(BigDecimal.valueOf(instrument instanceof Equity ? 0.005 : 0.85))
          .setScale(4, RoundingMode.HALF_EVEN);
      String venue = instrument instanceof Equity ? "XNAS" : instrument instanceof OptionContract ? "XCBO" : "XEUR";
      order.fill(quantity);
      session.persist(new Execution(order, order.getClientOrderId() + "-" + sequence, venue,
          quantity, price, new Money(fee, instrument.getCurrency()), at));
      Trade.Side side = order.getSide() == Order.Side.BUY ? Trade.Side.BUY : Trade.Side.SELL;
      session.persist(new Trade(account.getId(), instrument.getId(), side, quantity, price, fee, at, day));
      BigDecimal signed = side == Trade.Side.BUY ? quantity : quantity.negate();
      positionOf(account, instrument).apply(signed, price, instrument.getContractMultiplier(), at);
      fees.merge(account, fee, BigDecimal::add);
    }

    private Position positionOf(Account account, Instrument instrument) {
      return positions.computeIfAbsent(account.getId() + "/" + instrument.getId(), key -> session
          .createSelectionQuery("from Position where account = :account and instrument = :instrument", Position.class)
          .setParameter("account", account).setParameter("instrument", instrument)
          .uniqueResultOptional()
          .orElseGet(() -> {
            Position position = new Position(account, instrument, open);
            session.persist(position);
            return position;
          }));
    }

    /** Marks every position to the last close, strikes each account's P&L and records limit breaches. */
    private void strikePnlAndCheckLimits(ReferenceData reference, Map<Instrument, BigDecimal> closes) {
      Instant close = open.plus(BAR.multipliedBy(BARS_PER_SESSION));
      Map<Desk, BigDecimal> grossByDesk = new HashMap<>();
      for (Account account : reference.accounts) {
        BigDecimal realized = BigDecimal.ZERO;
        BigDecimal unrealized = BigDecimal.ZERO;
        for (Position position : positions.values()) {
          if (position.getAccount() != account) {
            continue;
          }
          BigDecimal last = closes.get(position.getInstrument());
          BigDecimal multiplier = position.getInstrument().getContractMultiplier();
          realized = realized.add(position.getRealizedPnl());
          unrealized = unrealized.add(last.subtract(position.getAveragePrice()).multiply(position.getQuantity())
              .multiply(multiplier));
          grossByDesk.merge(account.getDesk(), last.multiply(position.getQuantity().abs()).multiply(multiplier),
              BigDecimal::add);
        }
        DailyPnl pnl = new DailyPnl(account, day, scale(realized), scale(unrealized),
            fees.getOrDefault(account, BigDecimal.ZERO), close);
        session.persist(pnl);
        for (RiskLimit limit : reference.limitsOf(account.getDesk())) {
          BigDecimal observed = limit.getKind() == RiskLimit.Kind.DAILY_LOSS
              ? pnl.net().min(BigDecimal.ZERO).negate()
              : grossByDesk.getOrDefault(account.getDesk(), BigDecimal.ZERO);
          if (limit.isBreachedBy(observed)) {
            session.persist(new RiskBreach(limit, account, RiskBreach.Severity.WARNING, scale(observed), close));
          }
        }
      }
    }
  }

  private static BigDecimal tick(Instrument instrument, BigDecimal price) {
    BigDecimal ticks = price.divide(instrument.getTickSize(), 0, RoundingMode.HALF_EVEN);
    return ticks.multiply(instrument.getTickSize());
  }

  private static BigDecimal scale(BigDecimal amount) {
    return amount.setScale(4, RoundingMode.HALF_EVEN);
  }
}
