// expect: [TidemarkEnumCode] The @EnumeratedValue code of Venue.LONDON cannot be read at compile time: no constructor it calls assigns the field mic one of its parameters (this.mic = parameter)
// on: LONDON("LON"),
package test.bad.entities;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.EnumeratedValue;
import jakarta.persistence.Id;

@Entity
public class EnumCodeComputedInConstructor {
  @Id
  private long id;

  @Enumerated(EnumType.STRING)
  private Venue venue;

  public enum Venue {
    LONDON("LON"),
    PARIS("PAR");

    @EnumeratedValue
    private final String mic;

    Venue(String city) {
      this.mic = "X" + city;
    }
  }
}
