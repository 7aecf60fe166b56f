package oracle.snakereadonly;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/** A read-only copy of a join column under snake_case naming. */
@Entity
public class TradeLeg {
  @Id
  private long legId;

  @ManyToOne
  @JoinColumn(name = "trade_header_id")
  private TradeHeader tradeHeader;

  @Column(name = "trade_header_id", insertable = false, updatable = false)
  private Long headerId;
}
