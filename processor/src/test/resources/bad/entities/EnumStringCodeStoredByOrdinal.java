// expect: [TidemarkBadValue] @EnumeratedValue Rating.letters on EnumStringCodeStoredByOrdinal.rating is invalid: Hibernate refuses codes of an enum stored by ordinal (the default) unless the field is a byte, short or int; add @Enumerated(EnumType.STRING) to the attribute for String codes
// on: private Rating rating;
package test.bad.entities;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumeratedValue;
import jakarta.persistence.Id;

@Entity
public class EnumStringCodeStoredByOrdinal {
  @Id
  private long id;

  private Rating rating;

  public enum Rating {
    PRIME("AAA"),
    JUNK("CCC");

    @EnumeratedValue
    private final String letters;

    Rating(String letters) {
      this.letters = letters;
    }
  }
}
