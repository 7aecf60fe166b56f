package oracle.bignumbers;

import jakarta.persistence.*;
import java.math.*;
@Entity public class Exposure { @Id private long id; private BigDecimal gross; @Column(precision = 30, scale = 10) private BigDecimal net; @Column(precision = 12) private BigDecimal units; @Column(scale = 6) private BigDecimal ratio; private BigInteger notionalMicros; private java.time.Duration tenor; }
