package oracle.largetradingdesk;

import jakarta.persistence.*;
import java.math.BigDecimal;
import java.time.LocalDate;
@Entity public class Bond extends Instrument { @Column(precision = 9, scale = 6) private BigDecimal coupon; private LocalDate maturity; @Embedded private Notional faceValue; @ManyToOne private LegalEntity issuer; }
