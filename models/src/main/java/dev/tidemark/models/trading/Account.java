package dev.tidemark.models.trading;

import dev.tidemark.annotations.Acknowledge;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** A trading account: the book a desk trades for, in one base currency. */
@Entity
@Acknowledge(rule = "TM102", on = "desk",
    reason = "0003_backfill_account_desks copied every code into desks and linked each account to it")
@Table(name = "accounts", indexes = @Index(name = "accounts_desk_idx", columnList = "desk_id"))
public class Account {

  public enum Status { ACTIVE, SUSPENDED, CLOSED }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 32)
  private String code;

  @Column(nullable = false, length = 128)
  private String name;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "desk_id", nullable = false)
  private Desk desk;

  @Column(name = "base_currency", nullable = false, length = 3)
  private String baseCurrency;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private Status status;

  @Column(name = "opened_at", nullable = false)
  private Instant openedAt;

  protected Account() {}

  public Account(String code, String name, Desk desk, String baseCurrency, Instant openedAt) {
    this.code = code;
    this.name = name;
    this.desk = desk;
    this.baseCurrency = baseCurrency;
    this.status = Status.ACTIVE;
    this.openedAt = openedAt;
  }

  public Long getId() {
    return id;
  }

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  public Desk getDesk() {
    return desk;
  }

  public String getBaseCurrency() {
    return baseCurrency;
  }

  public Status getStatus() {
    return status;
  }

  public void setStatus(Status status) {
    this.status = status;
  }

  public Instant getOpenedAt() {
    return openedAt;
  }
}
