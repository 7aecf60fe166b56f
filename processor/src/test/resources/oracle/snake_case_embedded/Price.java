package oracle.snakecaseembedded;

import jakarta.persistence.*;
import java.math.BigDecimal;
@Embeddable public class Price { private BigDecimal unitPrice; @Column(length = 3) private String quoteCurrency; }
