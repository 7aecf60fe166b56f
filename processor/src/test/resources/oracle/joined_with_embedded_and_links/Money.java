package oracle.joinedwithembeddedandlinks;

import jakarta.persistence.*;
import java.math.BigDecimal;
@Embeddable public class Money { @Column(precision = 20, scale = 2) private BigDecimal amount; @Column(length = 3) private String currency; }
