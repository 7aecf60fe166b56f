package oracle.mixedtradingmodel;

import jakarta.persistence.*;
@Embeddable public class Money { @Column(precision = 20, scale = 8) private java.math.BigDecimal amount; @Column(length = 3) private String currency; }
