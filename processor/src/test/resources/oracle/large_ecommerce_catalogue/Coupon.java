package oracle.largeecommercecatalogue;

import jakarta.persistence.*;
import java.time.LocalDate;
@Entity public class Coupon { @Id @Column(length = 20) private String code; @Column(precision = 5, scale = 2) private java.math.BigDecimal percentOff; private LocalDate validUntil; private boolean singleUse; }
