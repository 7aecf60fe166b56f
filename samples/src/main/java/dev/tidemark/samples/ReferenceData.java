package dev.tidemark.samples;

import dev.tidemark.models.trading.Account;
import dev.tidemark.models.trading.Desk;
import dev.tidemark.models.trading.Equity;
import dev.tidemark.models.trading.FutureContract;
import dev.tidemark.models.trading.Instrument;
import dev.tidemark.models.trading.OptionContract;
import dev.tidemark.models.trading.RiskLimit;
import dev.tidemark.models.trading.Trader;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.hibernate.Session;

/**
 * The desks, traders, accounts, instruments and limits the simulated sessions trade with: created
 * by the first run, found by their codes afterwards.
 */
final class ReferenceData {

  final List<Account> accounts;
  final List<Instrument> instruments;
  private final Map<Desk, Trader> traders;
  private final Map<Desk, List<Instrument>> books;
  private final Map<Desk, List<RiskLimit>> limits;
  private final Map<String, BigDecimal> openingPrices = Map.of(
      "SPY", new BigDecimal("587.30"), "AAPL", new BigDecimal("228.40"), "ESZ6", new BigDecimal("5890.25"),
      "FGBLZ6", new BigDecimal("131.42"), "SPY 261218C00600000", new BigDecimal("14.85"));

  private ReferenceData(List<Account> accounts, List<Instrument> instruments, Map<Desk, Trader> traders,
      Map<Desk, List<Instrument>> books, Map<Desk, List<RiskLimit>> limits) {
    this.accounts = accounts;
    this.instruments = instruments;
    this.traders = traders;
    this.books = books;
    this.limits = limits;
  }

  static ReferenceData findOrCreate(Session session, Instant now) {
    List<Desk> found = session.createSelectionQuery("from Desk where code in ('MACRO', 'RATES', 'VOL') order by code",
        Desk.class).getResultList();
    return found.size() == 3 ? load(session, found) : create(session, now);
  }

  private static ReferenceData create(Session session, Instant now) {
    Desk macro = new Desk("MACRO", "Global macro");
    Desk rates = new Desk("RATES", "Rates relative value");
    Desk vol = new Desk("VOL", "Equity volatility");
    List.of(macro, rates, vol).forEach(session::persist);
    List.of(new Trader(macro, "amorgan", "Alex Morgan", now), new Trader(rates, "bchen", "Bo Chen", now),
        new Trader(vol, "cdiaz", "Carmen Diaz", now)).forEach(session::persist);
    List.of(new Account("MACRO-1", "Global macro book", macro, "USD", now),
        new Account("RATES-1", "Bund basis book", rates, "EUR", now),
        new Account("VOL-1", "Index volatility book", vol, "USD", now)).forEach(session::persist);
    Equity spy = new Equity("SPY", "USD", new BigDecimal("0.01"), LocalDate.of(1993, 1, 22), "US78462F1030", "ARCX");
    Equity aapl = new Equity("AAPL", "USD", new BigDecimal("0.01"), LocalDate.of(1980, 12, 12), "US0378331005", "XNAS");
    FutureContract es = new FutureContract("ESZ6", "USD", new BigDecimal("0.25"), new BigDecimal("50"),
        LocalDate.of(2025, 9, 19), "202612", LocalDate.of(2026, 12, 18));
    FutureContract bund = new FutureContract("FGBLZ6", "EUR", new BigDecimal("0.01"), new BigDecimal("1000"),
        LocalDate.of(2026, 9, 8), "202612", LocalDate.of(2026, 12, 8));
    List.of(spy, aapl, es, bund).forEach(session::persist);
    session.persist(new OptionContract("SPY 261218C00600000", spy, OptionContract.Right.CALL,
        OptionContract.ExerciseStyle.AMERICAN, new BigDecimal("600"), LocalDate.of(2026, 12, 18),
        new BigDecimal("0.01"), new BigDecimal("100")));
    LocalDate effective = LocalDate.ofInstant(now, java.time.ZoneOffset.UTC);
    List.of(new RiskLimit(macro, RiskLimit.Kind.GROSS_NOTIONAL, new BigDecimal("25000000"), effective),
        new RiskLimit(macro, RiskLimit.Kind.DAILY_LOSS, new BigDecimal("250000"), effective),
        new RiskLimit(rates, RiskLimit.Kind.GROSS_NOTIONAL, new BigDecimal("10000000"), effective),
        new RiskLimit(rates, RiskLimit.Kind.DAILY_LOSS, new BigDecimal("100000"), effective),
        new RiskLimit(vol, RiskLimit.Kind.GROSS_NOTIONAL, new BigDecimal("250000"), effective),
        new RiskLimit(vol, RiskLimit.Kind.DAILY_LOSS, new BigDecimal("20000"), effective)).forEach(session::persist);
    session.flush();
    return load(session, List.of(macro, rates, vol));
  }

  private static ReferenceData load(Session session, List<Desk> desks) {
    List<Account> accounts = session.createSelectionQuery("from Account where desk in :desks order by code",
        Account.class).setParameter("desks", desks).getResultList();
    List<Instrument> instruments = session.createSelectionQuery("from Instrument where symbol in :symbols order by symbol",
        Instrument.class).setParameter("symbols", List.of("AAPL", "ESZ6", "FGBLZ6", "SPY", "SPY 261218C00600000"))
        .getResultList();
    Map<String, Instrument> bySymbol = new java.util.HashMap<>();
    instruments.forEach(instrument -> bySymbol.put(instrument.getSymbol(), instrument));
    Map<Desk, Trader> traders = new java.util.HashMap<>();
    Map<Desk, List<Instrument>> books = new java.util.HashMap<>();
    Map<Desk, List<RiskLimit>> limits = new java.util.HashMap<>();
    for (Desk desk : desks) {
      traders.put(desk, session.createSelectionQuery("from Trader where desk = :desk order by login", Trader.class)
          .setParameter("desk", desk).setMaxResults(1).getSingleResult());
      limits.put(desk, session.createSelectionQuery("from RiskLimit where desk = :desk order by kind", RiskLimit.class)
          .setParameter("desk", desk).getResultList());
      books.put(desk, switch (desk.getCode()) {
        case "MACRO" -> List.of(bySymbol.get("SPY"), bySymbol.get("ESZ6"));
        case "RATES" -> List.of(bySymbol.get("FGBLZ6"));
        default -> List.of(bySymbol.get("AAPL"), bySymbol.get("SPY 261218C00600000"));
      });
    }
    return new ReferenceData(accounts, instruments, traders, books, limits);
  }

  List<Instrument> tradableBy(Account account) {
    return books.get(account.getDesk());
  }

  Trader traderOf(Account account) {
    return traders.get(account.getDesk());
  }

  List<RiskLimit> limitsOf(Desk desk) {
    return limits.get(desk);
  }

  BigDecimal openingPrice(Instrument instrument) {
    return openingPrices.get(instrument.getSymbol());
  }

  /** Orders come in lots: a hundred shares, single contracts. */
  long lotOf(Instrument instrument) {
    return instrument instanceof Equity ? 100 : 1;
  }
}
