package oracle.enums;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "orders")
public class Order {
  public enum Side { BUY, SELL, SELL_SHORT }

  public enum Status { NEW, PARTIALLY_FILLED, FILLED, CANCELLED, REJECTED }

  @Id
  private Long id;

  private Side ordinalSide;

  @Enumerated(EnumType.STRING)
  private Status status;

  @Enumerated(EnumType.STRING)
  @Column(length = 16, nullable = false)
  private Side side;

  @Enumerated(EnumType.ORDINAL)
  @Column(name = "time_in_force", nullable = false)
  private Status timeInForce;
}
