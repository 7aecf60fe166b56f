// expect: [TidemarkUnsupportedMapping] Property access (mapping annotations on AnnotatedGetter.getName)
// on: getName()
package test.bad.entities;

import jakarta.persistence.*;

@Entity
public class AnnotatedGetter {
  @Id
  private long id;

  private String name;

  @Column(length = 20)
  public String getName() {
    return name;
  }
}
