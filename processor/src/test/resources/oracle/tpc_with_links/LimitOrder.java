package oracle.tpcwithlinks;

import jakarta.persistence.*;
import java.math.BigDecimal;
@Entity public class LimitOrder extends Order { @Column(precision = 20, scale = 8) private BigDecimal limitPrice; }
