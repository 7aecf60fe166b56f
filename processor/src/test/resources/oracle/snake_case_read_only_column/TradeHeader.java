package oracle.snakereadonly;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class TradeHeader {
  @Id
  private long headerId;
}
