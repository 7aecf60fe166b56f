// expect: [TidemarkUnsupportedMapping] Two getters of property active (isActive and getActive in TwoGettersOfOneProperty)
// on: getActive()
package test.bad.entities;

import jakarta.persistence.*;

@Entity
public class TwoGettersOfOneProperty {
  private long id;
  private Boolean active;

  @Id
  public long getId() {
    return id;
  }

  public void setId(long id) {
    this.id = id;
  }

  public Boolean isActive() {
    return active;
  }

  public Boolean getActive() {
    return active;
  }

  public void setActive(Boolean active) {
    this.active = active;
  }
}
