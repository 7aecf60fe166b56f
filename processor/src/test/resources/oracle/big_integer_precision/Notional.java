package oracle.bigintegers;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.math.BigInteger;

/** A BigInteger takes the precision it is given, and no scale. */
@Entity
public class Notional {
  @Id
  private long id;

  @Column(precision = 20)
  private BigInteger units;

  @Column(precision = 50, scale = 0)
  private BigInteger wide;

  private BigInteger plain;
}
