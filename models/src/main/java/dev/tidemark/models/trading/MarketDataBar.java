package dev.tidemark.models.trading;

import dev.tidemark.annotations.RangePartitioned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * An OHLCV bar of one instrument over one interval. The key is the natural one, so a replayed feed
 * cannot store a bar twice; the key's column order is Hibernate's (time first), so charts read a
 * series through {@code market_data_bars_series_idx}. The instrument is an id, not an association: bars are loaded in bulk
 * from the feed, and a foreign key check per row would slow the load for no reader's benefit.
 */
@Entity
@Table(name = "market_data_bars", indexes = @Index(name = "market_data_bars_series_idx",
    columnList = "instrument_id, bar_interval, bar_time"))
@IdClass(MarketDataBarKey.class)
@RangePartitioned(column = "bar_time", interval = "1 day", premake = 7, retention = "400 days",
    expired = RangePartitioned.Expired.DETACH)
public class MarketDataBar {

  public enum Interval { ONE_MINUTE, FIVE_MINUTES, ONE_HOUR, ONE_DAY }

  @Id
  @Column(name = "instrument_id")
  private long instrumentId;

  @Id
  @Enumerated(EnumType.STRING)
  @Column(name = "bar_interval", length = 16)
  private Interval barInterval;

  /** The bar's start. */
  @Id
  @Column(name = "bar_time")
  private Instant barTime;

  @Column(name = "open_price", nullable = false, precision = 20, scale = 8)
  private BigDecimal open;

  @Column(name = "high_price", nullable = false, precision = 20, scale = 8)
  private BigDecimal high;

  @Column(name = "low_price", nullable = false, precision = 20, scale = 8)
  private BigDecimal low;

  @Column(name = "close_price", nullable = false, precision = 20, scale = 8)
  private BigDecimal close;

  @Column(nullable = false, precision = 20, scale = 4)
  private BigDecimal volume;

  protected MarketDataBar() {}

  public MarketDataBar(long instrumentId, Interval barInterval, Instant barTime, BigDecimal open, BigDecimal high,
      BigDecimal low, BigDecimal close, BigDecimal volume) {
    this.instrumentId = instrumentId;
    this.barInterval = barInterval;
    this.barTime = barTime;
    this.open = open;
    this.high = high;
    this.low = low;
    this.close = close;
    this.volume = volume;
  }

  public long getInstrumentId() {
    return instrumentId;
  }

  public Interval getBarInterval() {
    return barInterval;
  }

  public Instant getBarTime() {
    return barTime;
  }

  public BigDecimal getOpen() {
    return open;
  }

  public BigDecimal getHigh() {
    return high;
  }

  public BigDecimal getLow() {
    return low;
  }

  public BigDecimal getClose() {
    return close;
  }

  public BigDecimal getVolume() {
    return volume;
  }
}
