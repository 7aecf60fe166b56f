// expect: [TidemarkBadValue] @EnumeratedValue Tier.level on EnumIntCodeStoredAsString.tier is invalid: Hibernate refuses codes of an enum stored as EnumType.STRING unless the field is a String; make it a String, or store the enum by ordinal for byte, short or int codes
// on: private Tier tier;
package test.bad.entities;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.EnumeratedValue;
import jakarta.persistence.Id;

@Entity
public class EnumIntCodeStoredAsString {
  @Id
  private long id;

  @Enumerated(EnumType.STRING)
  private Tier tier;

  public enum Tier {
    GOLD(1),
    SILVER(2);

    @EnumeratedValue
    private final int level;

    Tier(int level) {
      this.level = level;
    }
  }
}
