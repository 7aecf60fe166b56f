package dev.tidemark.models.trading;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A limit risk management sets for a desk; one of each kind per desk. */
@Entity
@Table(name = "risk_limits", uniqueConstraints = @UniqueConstraint(name = "risk_limits_desk_kind_key",
    columnNames = {"desk_id", "kind"}))
public class RiskLimit {

  public enum Kind { GROSS_NOTIONAL, NET_NOTIONAL, DAILY_LOSS }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "desk_id", nullable = false)
  private Desk desk;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private Kind kind;

  /** In the desk's reporting currency; a loss limit is positive. */
  @Column(name = "limit_amount", nullable = false, precision = 20, scale = 4)
  private BigDecimal limitAmount;

  @Column(name = "effective_from", nullable = false)
  private LocalDate effectiveFrom;

  protected RiskLimit() {}

  public RiskLimit(Desk desk, Kind kind, BigDecimal limitAmount, LocalDate effectiveFrom) {
    this.desk = desk;
    this.kind = kind;
    this.limitAmount = limitAmount;
    this.effectiveFrom = effectiveFrom;
  }

  /** Whether {@code observed} (a notional, or a loss as a positive number) exceeds the limit. */
  public boolean isBreachedBy(BigDecimal observed) {
    return observed.abs().compareTo(limitAmount) > 0;
  }

  public Long getId() {
    return id;
  }

  public Desk getDesk() {
    return desk;
  }

  public Kind getKind() {
    return kind;
  }

  public BigDecimal getLimitAmount() {
    return limitAmount;
  }
}
