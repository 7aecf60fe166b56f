// expect: [TidemarkUnsupportedMapping] GenerationType.SEQUENCE on SequenceOnString.id of type java.lang.String
// on: @GeneratedValue
package test.bad.entities;

import jakarta.persistence.*;

@Entity
public class SequenceOnString {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE)
  private String id;
}
