package dev.tidemark.models.trading;

import java.io.Serializable;
import java.time.LocalDate;

/** A trade's key: PostgreSQL requires the partition column, {@code trade_date}, in it. */
public record TradeKey(Long id, LocalDate tradeDate) implements Serializable {}
