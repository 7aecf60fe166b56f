// expect: [TidemarkIdentityType] Attribute IdentityOnString.id uses GenerationType.IDENTITY but has type java.lang.String
// on: @GeneratedValue
package test.bad.entities;

import jakarta.persistence.*;

@Entity
public class IdentityOnString {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private String id;
}
