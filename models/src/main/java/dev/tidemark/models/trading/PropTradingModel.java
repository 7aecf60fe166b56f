package dev.tidemark.models.trading;

import java.util.List;

/** The {@code prop_trading_model} schema: its name and the entity classes Hibernate maps into it. */
public final class PropTradingModel {

  public static final String SCHEMA = "prop_trading_model";

  public static final List<Class<?>> ENTITIES = List.of(
      Desk.class, Trader.class, Account.class,
      Instrument.class, Equity.class, FutureContract.class, OptionContract.class,
      Order.class, Execution.class, Trade.class, Position.class,
      DailyPnl.class, RiskLimit.class, RiskBreach.class, MarketDataBar.class);

  private PropTradingModel() {}
}
