// expect: [TidemarkUnsupportedMapping] @GeneratedValue on GeneratedValueNotOnId.number, which is not the @Id
// on: @GeneratedValue
package test.bad.entities;

import jakarta.persistence.*;

@Entity
public class GeneratedValueNotOnId {
  @Id
  private long id;

  @GeneratedValue
  private long number;
}
