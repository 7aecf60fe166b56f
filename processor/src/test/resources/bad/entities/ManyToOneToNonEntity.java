// expect: [TidemarkUnknownTarget] ManyToOneToNonEntity.desk refers to java.lang.String
// on: @ManyToOne
package test.bad.entities;

import jakarta.persistence.*;

@Entity
public class ManyToOneToNonEntity {
  @Id
  private long id;

  @ManyToOne
  private String desk;
}
