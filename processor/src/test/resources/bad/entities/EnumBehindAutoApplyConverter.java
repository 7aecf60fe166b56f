// expect: [TidemarkConvertedCheck] EnumBehindAutoApplyConverter.grade is stored through converter test.bad.entities.EnumBehindAutoApplyConverter.GradeConverter, and Hibernate checks its column against the converted values of each constant of test.bad.entities.EnumBehindAutoApplyConverter.Grade, which it learns by running the converter at startup: a compiler cannot run it, so Tidemark cannot write that check. Map the enum with @Enumerated(EnumType.STRING) or ORDINAL, whose checks Tidemark writes, or opt out with @Convert(disableConversion = true)
// on: private Grade grade
package test.bad.entities;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class EnumBehindAutoApplyConverter {
  @Id
  private long id;

  private Grade grade;

  public enum Grade { INVESTMENT, HIGH_YIELD }

  @Converter(autoApply = true)
  public static class GradeConverter implements AttributeConverter<Grade, Integer> {
    @Override
    public Integer convertToDatabaseColumn(Grade grade) {
      return grade == null ? null : grade == Grade.INVESTMENT ? 10 : 20;
    }

    @Override
    public Grade convertToEntityAttribute(Integer code) {
      return code == null ? null : code == 10 ? Grade.INVESTMENT : Grade.HIGH_YIELD;
    }
  }
}
