package oracle.largelibrarylending;

import jakarta.persistence.*;
import java.math.BigDecimal;
@Entity public class Fine { @Id @GeneratedValue private Long id; @OneToOne(optional = false) private Loan loan; @Column(precision = 8, scale = 2, nullable = false) private BigDecimal amount; private boolean waived; @Column(length = 200) private String note; }
