package dev.tidemark.models.trading;

import java.io.Serializable;
import java.time.Instant;

/** A bar's identity: one per instrument, interval and start time. */
public record MarketDataBarKey(long instrumentId, MarketDataBar.Interval barInterval, Instant barTime)
    implements Serializable {}
