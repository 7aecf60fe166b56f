package oracle.enumerated_values;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import java.math.BigDecimal;

@Entity
public class TradeOrder {
  @Id
  @GeneratedValue
  private Long id;

  @ManyToOne(optional = false)
  private Instrument instrument;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 1)
  private Side side;

  @Enumerated(EnumType.ORDINAL)
  private TimeInForce timeInForce;

  private OrderStatus status;

  @Enumerated(EnumType.STRING)
  @Column(columnDefinition = "varchar(4) not null")
  private Exchange routedTo;

  private BigDecimal quantity;
}
