package dev.tidemark.models.trading;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** An account's P&L for one business day, in its base currency, struck at the close. */
@Entity
@Table(name = "daily_pnl", uniqueConstraints = @UniqueConstraint(name = "daily_pnl_account_date_key",
    columnNames = {"account_id", "business_date"}))
public class DailyPnl {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "account_id", nullable = false)
  private Account account;

  @Column(name = "business_date", nullable = false)
  private LocalDate businessDate;

  @Column(name = "realized_pnl", nullable = false, precision = 20, scale = 4)
  private BigDecimal realizedPnl;

  @Column(name = "unrealized_pnl", nullable = false, precision = 20, scale = 4)
  private BigDecimal unrealizedPnl;

  @Column(nullable = false, precision = 20, scale = 4)
  private BigDecimal fees;

  @Column(nullable = false, length = 3)
  private String currency;

  @Column(name = "struck_at", nullable = false)
  private Instant struckAt;

  protected DailyPnl() {}

  public DailyPnl(Account account, LocalDate businessDate, BigDecimal realizedPnl, BigDecimal unrealizedPnl,
      BigDecimal fees, Instant struckAt) {
    this.account = account;
    this.businessDate = businessDate;
    this.realizedPnl = realizedPnl;
    this.unrealizedPnl = unrealizedPnl;
    this.fees = fees;
    this.currency = account.getBaseCurrency();
    this.struckAt = struckAt;
  }

  /** Realized plus unrealized, net of fees. */
  public BigDecimal net() {
    return realizedPnl.add(unrealizedPnl).subtract(fees);
  }

  public Long getId() {
    return id;
  }

  public Account getAccount() {
    return account;
  }

  public LocalDate getBusinessDate() {
    return businessDate;
  }

  public BigDecimal getRealizedPnl() {
    return realizedPnl;
  }

  public BigDecimal getUnrealizedPnl() {
    return unrealizedPnl;
  }

  public BigDecimal getFees() {
    return fees;
  }

  public String getCurrency() {
    return currency;
  }
}
