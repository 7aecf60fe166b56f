package oracle.embeddablecollections;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

@Embeddable
public class Tenor {
  @Column(nullable = false, length = 4)
  private String code;

  @Column(nullable = false)
  private int days;
}
