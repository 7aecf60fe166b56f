// expect: [TidemarkBadValue] @Column(length = -2) on EmbeddedIdWithBadColumn.key.code is invalid
// on: length = -2
package test.bad.entities;

import jakarta.persistence.*;

@Entity
public class EmbeddedIdWithBadColumn {
  @EmbeddedId
  private EmbeddedIdWithBadColumnKey key;
}

@Embeddable
class EmbeddedIdWithBadColumnKey {
  @Column(length = -2)
  private String code;
}
