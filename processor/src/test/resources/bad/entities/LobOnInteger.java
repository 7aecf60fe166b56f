// expect: [TidemarkUnsupportedType] Attribute LobOnInteger.size has type int
// on: size;
package test.bad.entities;

import jakarta.persistence.*;

@Entity
public class LobOnInteger {
  @Id
  private long id;

  @Lob
  private int size;
}
