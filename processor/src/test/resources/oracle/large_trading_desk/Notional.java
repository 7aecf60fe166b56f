package oracle.largetradingdesk;

import jakarta.persistence.*;
import java.math.BigDecimal;
@Embeddable public class Notional { @Column(precision = 24, scale = 6) private BigDecimal amount; @Column(length = 3) private String currency; }
