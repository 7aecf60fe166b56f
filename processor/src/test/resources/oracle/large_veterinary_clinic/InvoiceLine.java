package oracle.largeveterinaryclinic;

import jakarta.persistence.*;
import java.math.BigDecimal;
@Embeddable public class InvoiceLine { @Column(length = 120, nullable = false) private String text; @Column(precision = 10, scale = 2) private BigDecimal amount; private int quantity; }
