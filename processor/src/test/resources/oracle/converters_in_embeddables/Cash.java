package oracle.convertersinembeddables;

import jakarta.persistence.*;
import java.math.BigDecimal;
@Embeddable public class Cash { private BigDecimal amount; @Convert(converter = CcyConverter.class) @Column(length = 3) private Ccy currency; }
