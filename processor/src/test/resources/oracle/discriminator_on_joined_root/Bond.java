package oracle.joineddiscriminator;

import jakarta.persistence.Entity;

@Entity
public class Bond extends Instrument {
  private double coupon;
}
