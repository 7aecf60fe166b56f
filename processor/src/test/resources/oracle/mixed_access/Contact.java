package oracle.mixedaccess;

import jakarta.persistence.Access;
import jakarta.persistence.AccessType;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

@Embeddable
@Access(AccessType.FIELD)
public class Contact {
  @Column(name = "contact_email", length = 120)
  private String email;

  @Column(name = "contact_phone", length = 24)
  private String phone;

  /** Not read: the embeddable's own access is field access. */
  public String getDisplay() {
    return email + " / " + phone;
  }
}
