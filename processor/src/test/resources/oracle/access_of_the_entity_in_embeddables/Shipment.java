package oracle.accessoftheentityinembeddables;

import jakarta.persistence.Access;
import jakarta.persistence.AccessType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;

/**
 * Property access by its own @Access under a field-access hierarchy: its embeddable takes the
 * entity's access, so the one-to-many declared on the embeddable's getter is what maps.
 */
@Entity
@Access(AccessType.PROPERTY)
public class Shipment extends Audited {
  private String reference;
  private Route route;

  @Column(length = 24, nullable = false)
  public String getReference() {
    return reference;
  }

  public void setReference(String reference) {
    this.reference = reference;
  }

  @Embedded
  public Route getRoute() {
    return route;
  }

  public void setRoute(Route route) {
    this.route = route;
  }
}
