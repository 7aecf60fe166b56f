package oracle.accessoftheentityinembeddables;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderColumn;
import java.util.List;

/** Mapped through getters, as the owning Shipment is: its fields carry no mapping. */
@Embeddable
public class Route {
  private String origin;
  private List<Leg> legs;

  @Column(name = "route_origin", length = 5)
  public String getOrigin() {
    return origin;
  }

  public void setOrigin(String origin) {
    this.origin = origin;
  }

  @OneToMany
  @JoinColumn(name = "shipment_id")
  @OrderColumn(name = "leg_position")
  public List<Leg> getLegs() {
    return legs;
  }

  public void setLegs(List<Leg> legs) {
    this.legs = legs;
  }
}
