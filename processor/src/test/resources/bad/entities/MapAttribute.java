// expect: [TidemarkUnsupportedType] Attribute MapAttribute.tags has type java.util.Map<java.lang.String,java.lang.String>
// on: tags;
package test.bad.entities;

import jakarta.persistence.*;

@Entity
public class MapAttribute {
  @Id
  private long id;

  private java.util.Map<String, String> tags;
}
