package oracle.largetradingdesk;

import jakarta.persistence.*;
import java.math.BigDecimal;
@Entity @IdClass(PositionKey.class) public class Position { @Id private Long bookId; @Id private Long instrumentId; @Column(precision = 24, scale = 4) private BigDecimal quantity; @Embedded @AttributeOverride(name = "amount", column = @Column(name = "cost_amount", precision = 24, scale = 6)) @AttributeOverride(name = "currency", column = @Column(name = "cost_currency", length = 3)) private Notional cost; }
