// expect: [TidemarkNoSetter] GetterWithoutSetter maps property displayName through getter getDisplayName, which has no setter
// on: getDisplayName()
package test.bad.entities;

import jakarta.persistence.*;

@Entity
public class GetterWithoutSetter {
  private long id;
  private String name;

  @Id
  public long getId() {
    return id;
  }

  public void setId(long id) {
    this.id = id;
  }

  @Column(length = 20)
  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getDisplayName() {
    return "#" + id + " " + name;
  }
}
