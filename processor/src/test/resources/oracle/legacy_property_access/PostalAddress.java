package oracle.legacyproperty;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Its fields are named unlike its properties: the columns follow the getters. */
@Embeddable
public class PostalAddress {
  private String line1;
  private String town;
  private String zip;
  private String iso;

  @Column(name = "ADDR_STREET", length = 120)
  public String getStreet() {
    return line1;
  }

  public void setStreet(String street) {
    this.line1 = street;
  }

  public String getCity() {
    return town;
  }

  public void setCity(String city) {
    this.town = city;
  }

  @Column(length = 10)
  public String getPostCode() {
    return zip;
  }

  public void setPostCode(String postCode) {
    this.zip = postCode;
  }

  @Column(length = 2)
  public String getISOCountry() {
    return iso;
  }

  public void setISOCountry(String isoCountry) {
    this.iso = isoCountry;
  }
}
