package dev.tidemark.models.trading;

import dev.tidemark.annotations.RangePartitioned;
import dev.tidemark.annotations.RenamedFrom;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A booked trade: an account bought or sold a quantity of an instrument at a price on a trade date.
 * Trades are the record kept for years, partitioned by month of trade date; accounts and instruments
 * are referenced by id so that record needs no foreign key checks on the booking path.
 */
@Entity
@Table(name = "trades", indexes = {
    @Index(name = "trades_instrument_trade_date_idx", columnList = "instrument_id, trade_date"),
    @Index(name = "trades_account_trade_date_idx", columnList = "account_id, trade_date")})
@IdClass(TradeKey.class)
@RangePartitioned(column = "trade_date", interval = "1 month", premake = 3)
public class Trade {

  public enum Side { BUY, SELL }

  @Id
  @GeneratedValue
  private Long id;

  @Id
  @Column(name = "trade_date", nullable = false)
  private LocalDate tradeDate;

  @Column(name = "account_id", nullable = false)
  private long accountId;

  @Column(name = "instrument_id", nullable = false)
  private long instrumentId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 4)
  private Side side;

  @Column(nullable = false, precision = 20, scale = 8)
  private BigDecimal quantity;

  @Column(nullable = false, precision = 20, scale = 8)
  private BigDecimal price;

  private BigDecimal commission;

  @Column(name = "executed_at", nullable = false)
  private Instant executedAt;

  /** Called external_ref in release 1; it is the id the clearing house gives the trade. */
  @RenamedFrom("external_ref")
  @Column(name = "clearing_ref", nullable = false)
  private UUID clearingRef;

  protected Trade() {}

  public Trade(long accountId, long instrumentId, Side side, BigDecimal quantity, BigDecimal price,
      BigDecimal commission, Instant executedAt, LocalDate tradeDate) {
    this.accountId = accountId;
    this.instrumentId = instrumentId;
    this.side = side;
    this.quantity = quantity;
    this.price = price;
    this.commission = commission;
    this.executedAt = executedAt;
    this.tradeDate = tradeDate;
    this.clearingRef = UUID.randomUUID();
  }

  public Long getId() {
    return id;
  }

  public long getAccountId() {
    return accountId;
  }

  public long getInstrumentId() {
    return instrumentId;
  }

  public Side getSide() {
    return side;
  }

  public BigDecimal getQuantity() {
    return quantity;
  }

  public BigDecimal getPrice() {
    return price;
  }

  public BigDecimal getCommission() {
    return commission;
  }

  public LocalDate getTradeDate() {
    return tradeDate;
  }

  public Instant getExecutedAt() {
    return executedAt;
  }

  public UUID getClearingRef() {
    return clearingRef;
  }

  /** The signed notional: quantity times price, negative for a sale. */
  public BigDecimal notional() {
    BigDecimal notional = quantity.multiply(price);
    return side == Side.SELL ? notional.negate() : notional;
  }
}
