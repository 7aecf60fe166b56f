// expect: [TidemarkConvertedCheck] BooleanBehindOwnConverter.active is stored through converter test.bad.entities.BooleanBehindOwnConverter.JaNeinConverter, and Hibernate checks its column against the converted values of false and true, which it learns by running the converter at startup: a compiler cannot run it, so Tidemark cannot write that check. Use Hibernate's YesNoConverter ('N', 'Y'), TrueFalseConverter ('F', 'T') or NumericBooleanConverter (0, 1), whose checks Tidemark writes; or store the codes in a String attribute
// on: @Convert(converter
package test.bad.entities;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class BooleanBehindOwnConverter {
  @Id
  private long id;

  @Convert(converter = JaNeinConverter.class)
  private boolean active;

  public static class JaNeinConverter implements AttributeConverter<Boolean, String> {
    @Override
    public String convertToDatabaseColumn(Boolean value) {
      return value == null ? null : value ? "J" : "N";
    }

    @Override
    public Boolean convertToEntityAttribute(String code) {
      return code == null ? null : code.equals("J");
    }
  }
}
