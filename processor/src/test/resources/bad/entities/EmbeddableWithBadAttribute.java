// expect: [TidemarkUnsupportedType] Attribute EmbeddableWithBadAttribute.price.currency has type java.lang.Object
// on: currency;
package test.bad.entities;

import jakarta.persistence.*;

@Entity
public class EmbeddableWithBadAttribute {
  @Id
  private long id;

  private EmbeddableWithBadAttributeMoney price;
}

@Embeddable
class EmbeddableWithBadAttributeMoney {
  private java.math.BigDecimal amount;

  private Object currency;
}
