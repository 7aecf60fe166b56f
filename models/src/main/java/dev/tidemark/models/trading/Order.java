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
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** An order a trader sent for an account; executions fill it, in one or more parts. */
@Entity
@Table(name = "orders", indexes = {
    @Index(name = "orders_account_status_idx", columnList = "account_id, status"),
    @Index(name = "orders_instrument_idx", columnList = "instrument_id")})
public class Order {

  public enum Side { BUY, SELL }

  public enum Type { MARKET, LIMIT }

  public enum Status { NEW, PARTIALLY_FILLED, FILLED, CANCELLED, REJECTED }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "client_order_id", nullable = false, unique = true, length = 64)
  private String clientOrderId;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "account_id", nullable = false)
  private Account account;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "trader_id", nullable = false)
  private Trader trader;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "instrument_id", nullable = false)
  private Instrument instrument;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 4)
  private Side side;

  @Enumerated(EnumType.STRING)
  @Column(name = "order_type", nullable = false, length = 8)
  private Type type;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private Status status;

  @Column(nullable = false, precision = 20, scale = 8)
  private BigDecimal quantity;

  @Column(name = "limit_price", precision = 20, scale = 8)
  private BigDecimal limitPrice;

  @Column(name = "filled_quantity", nullable = false, precision = 20, scale = 8)
  private BigDecimal filledQuantity;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @OneToMany(mappedBy = "order")
  private List<Execution> executions = new ArrayList<>();

  @Version
  private long version;

  protected Order() {}

  public Order(String clientOrderId, Account account, Trader trader, Instrument instrument, Side side, Type type,
      BigDecimal quantity, BigDecimal limitPrice, Instant createdAt) {
    this.clientOrderId = clientOrderId;
    this.account = account;
    this.trader = trader;
    this.instrument = instrument;
    this.side = side;
    this.type = type;
    this.status = Status.NEW;
    this.quantity = quantity;
    this.limitPrice = limitPrice;
    this.filledQuantity = BigDecimal.ZERO;
    this.createdAt = createdAt;
  }

  /** Records a fill of {@code quantity}: the order is filled once nothing remains open. */
  public void fill(BigDecimal quantity) {
    filledQuantity = filledQuantity.add(quantity);
    status = filledQuantity.compareTo(this.quantity) >= 0 ? Status.FILLED : Status.PARTIALLY_FILLED;
  }

  public void cancel() {
    status = Status.CANCELLED;
  }

  public Long getId() {
    return id;
  }

  public String getClientOrderId() {
    return clientOrderId;
  }

  public Account getAccount() {
    return account;
  }

  public Trader getTrader() {
    return trader;
  }

  public Instrument getInstrument() {
    return instrument;
  }

  public Side getSide() {
    return side;
  }

  public Type getType() {
    return type;
  }

  public Status getStatus() {
    return status;
  }

  public BigDecimal getQuantity() {
    return quantity;
  }

  public BigDecimal getLimitPrice() {
    return limitPrice;
  }

  public BigDecimal getFilledQuantity() {
    return filledQuantity;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public List<Execution> getExecutions() {
    return executions;
  }
}
