package oracle.primitiveembeddable;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

@Embeddable
public class Quantity {
  private long units;

  private double weight;

  @Column(nullable = false)
  private boolean settled;
}
