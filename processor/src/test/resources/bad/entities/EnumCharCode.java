// expect: [TidemarkBadValue] @EnumeratedValue Flag.letter on EnumCharCode.flag is invalid: Hibernate 7.4 accepts a char code under EnumType.STRING but fails at boot choosing its column type; make the field a String
// on: private Flag flag;
package test.bad.entities;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.EnumeratedValue;
import jakarta.persistence.Id;

@Entity
public class EnumCharCode {
  @Id
  private long id;

  @Enumerated(EnumType.STRING)
  private Flag flag;

  public enum Flag {
    ACTIVE('A'),
    CLOSED('C');

    @EnumeratedValue
    private final char letter;

    Flag(char letter) {
      this.letter = letter;
    }
  }
}
