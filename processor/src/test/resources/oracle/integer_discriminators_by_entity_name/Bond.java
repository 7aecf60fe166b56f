package oracle.intdiscriminators;

import jakarta.persistence.Entity;
import java.time.LocalDate;

@Entity
public class Bond extends Instrument {
  private double coupon;

  private LocalDate maturity;
}
