package dev.tidemark.models.trading;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
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

/** One fill of an order, as the venue reported it. */
@Entity
@Table(name = "executions", indexes = @Index(name = "executions_order_executed_idx",
    columnList = "order_id, executed_at"))
public class Execution {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "order_id", nullable = false)
  private Order order;

  /** The venue's own id of the fill: a replayed drop copy must not book it twice. */
  @Column(name = "venue_execution_id", nullable = false, unique = true, length = 64)
  private String venueExecutionId;

  @Column(nullable = false, length = 4)
  private String venue;

  @Column(nullable = false, precision = 20, scale = 8)
  private BigDecimal quantity;

  @Column(nullable = false, precision = 20, scale = 8)
  private BigDecimal price;

  @Embedded
  @AttributeOverride(name = "amount", column = @Column(name = "fee_amount", precision = 20, scale = 4))
  @AttributeOverride(name = "currency", column = @Column(name = "fee_currency", length = 3))
  private Money fee;

  @Column(name = "executed_at", nullable = false)
  private Instant executedAt;

  protected Execution() {}

  public Execution(Order order, String venueExecutionId, String venue, BigDecimal quantity, BigDecimal price,
      Money fee, Instant executedAt) {
    this.order = order;
    this.venueExecutionId = venueExecutionId;
    this.venue = venue;
    this.quantity = quantity;
    this.price = price;
    this.fee = fee;
    this.executedAt = executedAt;
  }

  public Long getId() {
    return id;
  }

  public Order getOrder() {
    return order;
  }

  public String getVenueExecutionId() {
    return venueExecutionId;
  }

  public String getVenue() {
    return venue;
  }

  public BigDecimal getQuantity() {
    return quantity;
  }

  public BigDecimal getPrice() {
    return price;
  }

  public Money getFee() {
    return fee;
  }

  public Instant getExecutedAt() {
    return executedAt;
  }
}
