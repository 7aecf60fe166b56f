package dev.tidemark.models.trading;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** An account seen over one of its desk's limits; open until risk management resolves it. */
@Entity
@Table(name = "risk_breaches", indexes = {
    @Index(name = "risk_breaches_limit_detected_idx", columnList = "risk_limit_id, detected_at"),
    @Index(name = "risk_breaches_account_idx", columnList = "account_id")})
public class RiskBreach {

  public enum Severity { WARNING, HARD }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "risk_limit_id", nullable = false)
  private RiskLimit riskLimit;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "account_id", nullable = false)
  private Account account;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 8)
  private Severity severity;

  @Column(name = "observed_amount", nullable = false, precision = 20, scale = 4)
  private BigDecimal observedAmount;

  @Column(name = "detected_at", nullable = false)
  private Instant detectedAt;

  @Column(name = "resolved_at")
  private Instant resolvedAt;

  protected RiskBreach() {}

  public RiskBreach(RiskLimit riskLimit, Account account, Severity severity, BigDecimal observedAmount,
      Instant detectedAt) {
    this.riskLimit = riskLimit;
    this.account = account;
    this.severity = severity;
    this.observedAmount = observedAmount;
    this.detectedAt = detectedAt;
  }

  public Long getId() {
    return id;
  }

  public RiskLimit getRiskLimit() {
    return riskLimit;
  }

  public Account getAccount() {
    return account;
  }

  public Severity getSeverity() {
    return severity;
  }

  public BigDecimal getObservedAmount() {
    return observedAmount;
  }

  public Instant getDetectedAt() {
    return detectedAt;
  }

  public Instant getResolvedAt() {
    return resolvedAt;
  }
}
