package dev.tidemark.samples;

import dev.tidemark.models.trading.DailyPnl;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import org.hibernate.Session;

/** What a trading day left in the database, read back through Hibernate. */
record SessionSummary(LocalDate day, long orders, long filledOrders, long executions, long trades, long positions,
    long bars, long breaches, List<DailyPnl> pnl) {

  static SessionSummary of(Session session, LocalDate day) {
    return new SessionSummary(day,
        count(session, "select count(*) from Order where cast(createdAt as LocalDate) = :day", day),
        count(session, "select count(*) from Order where cast(createdAt as LocalDate) = :day and status = FILLED", day),
        count(session, "select count(*) from Execution where cast(executedAt as LocalDate) = :day", day),
        count(session, "select count(*) from Trade where tradeDate = :day", day),
        session.createSelectionQuery("select count(*) from Position", Long.class).getSingleResult(),
        count(session, "select count(*) from MarketDataBar where cast(barTime as LocalDate) = :day", day),
        count(session, "select count(*) from RiskBreach where cast(detectedAt as LocalDate) = :day", day),
        session.createSelectionQuery("from DailyPnl p join fetch p.account where p.businessDate = :day"
            + " order by p.account.code", DailyPnl.class).setParameter("day", day).getResultList());
  }

  private static long count(Session session, String query, LocalDate day) {
    return session.createSelectionQuery(query, Long.class).setParameter("day", day).getSingleResult();
  }

  String text() {
    StringBuilder text = new StringBuilder();
    text.append(String.format("Session %s: %d orders (%d filled), %d executions, %d trades, %d positions,"
        + " %d bars, %d limit breaches%n", day, orders, filledOrders, executions, trades, positions, bars, breaches));
    text.append(String.format("  %-10s %16s %16s %12s %16s%n", "account", "realized", "unrealized", "fees", "net"));
    for (DailyPnl row : pnl) {
      text.append(String.format("  %-10s %16s %16s %12s %16s %s%n", row.getAccount().getCode(), amount(row.getRealizedPnl()),
          amount(row.getUnrealizedPnl()), amount(row.getFees()), amount(row.net()), row.getCurrency()));
    }
    return text.toString();
  }

  private static String amount(BigDecimal value) {
    return value.setScale(2, RoundingMode.HALF_EVEN).toPlainString();
  }
}
