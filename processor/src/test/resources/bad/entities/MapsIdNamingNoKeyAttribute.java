// expect: [TidemarkBadValue] @MapsId("bookId") on MapsIdNamingNoKeyAttribute.book is invalid: the key class MapsIdNamingNoKeyAttributeKey has no attribute bookId
// on: @MapsId("bookId")
package test.bad.entities;

import jakarta.persistence.*;

@Entity
public class MapsIdNamingNoKeyAttribute {
  @EmbeddedId
  private MapsIdNamingNoKeyAttributeKey key;

  @MapsId("bookId")
  @ManyToOne
  private MapsIdNamingNoKeyAttributeBook book;
}

@Embeddable
class MapsIdNamingNoKeyAttributeKey implements java.io.Serializable {
  long book;
  int line;
}

@Entity
class MapsIdNamingNoKeyAttributeBook {
  @Id
  private long id;
}
