package oracle.constraintorder;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;

@Embeddable
public class SlotKey implements Serializable {
  private String alpha;

  @Column(length = 40)
  private String beta;

  private int zeta;
}
