package test.orders;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

@Entity
public class TradeOrder {
  @Id
  private long id;

  @Enumerated(EnumType.ORDINAL)
  private Side side;
}
