package dev.tidemark.models.trading;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;

/** What an account holds of an instrument now: one row per pair, updated by every fill. */
@Entity
@Table(name = "positions",
    uniqueConstraints = @UniqueConstraint(name = "positions_account_instrument_key",
        columnNames = {"account_id", "instrument_id"}),
    indexes = @Index(name = "positions_instrument_idx", columnList = "instrument_id"))
public class Position {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "account_id", nullable = false)
  private Account account;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "instrument_id", nullable = false)
  private Instrument instrument;

  /** Signed: negative when short. */
  @Column(nullable = false, precision = 20, scale = 8)
  private BigDecimal quantity;

  @Column(name = "average_price", nullable = false, precision = 20, scale = 8)
  private BigDecimal averagePrice;

  @Column(name = "realized_pnl", nullable = false, precision = 20, scale = 4)
  private BigDecimal realizedPnl;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  /** Fills for one position may arrive on several threads: the later writer retries. */
  @Version
  private long version;

  protected Position() {}

  public Position(Account account, Instrument instrument, Instant openedAt) {
    this.account = account;
    this.instrument = instrument;
    this.quantity = BigDecimal.ZERO;
    this.averagePrice = BigDecimal.ZERO;
    this.realizedPnl = BigDecimal.ZERO;
    this.updatedAt = openedAt;
  }

  /**
   * Applies a fill of {@code signedQuantity} (negative for a sale) at {@code price}: a fill that adds
   * to the position moves its average price, one that reduces it realizes P&L against that average.
   */
  public void apply(BigDecimal signedQuantity, BigDecimal price, BigDecimal multiplier, Instant at) {
    BigDecimal after = quantity.add(signedQuantity);
    boolean adds = quantity.signum() == 0 || quantity.signum() == signedQuantity.signum();
    if (adds) {
      averagePrice = averagePrice.multiply(quantity).add(price.multiply(signedQuantity))
          .divide(after, 8, RoundingMode.HALF_EVEN);
    } else {
      BigDecimal closed = signedQuantity.abs().min(quantity.abs());
      BigDecimal perUnit = price.subtract(averagePrice).multiply(BigDecimal.valueOf(quantity.signum()));
      realizedPnl = realizedPnl.add(perUnit.multiply(closed).multiply(multiplier)).setScale(4, RoundingMode.HALF_EVEN);
      if (after.signum() != 0 && after.signum() != quantity.signum()) {
        averagePrice = price;
      }
    }
    quantity = after;
    updatedAt = at;
  }

  public Long getId() {
    return id;
  }

  public Account getAccount() {
    return account;
  }

  public Instrument getInstrument() {
    return instrument;
  }

  public BigDecimal getQuantity() {
    return quantity;
  }

  public BigDecimal getAveragePrice() {
    return averagePrice;
  }

  public BigDecimal getRealizedPnl() {
    return realizedPnl;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }
}
