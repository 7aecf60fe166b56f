package oracle.secondary;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

@Embeddable
public class Address {
  @Column(length = 120)
  private String street;

  @Column(length = 60)
  private String city;

  @Column(name = "post_code", length = 12)
  private String postCode;
}
