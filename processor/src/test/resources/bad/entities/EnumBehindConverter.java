// expect: [TidemarkConvertedCheck] EnumBehindConverter.side is stored through converter test.bad.entities.EnumBehindConverter.SideConverter, and Hibernate checks its column against the converted values of each constant of test.bad.entities.EnumBehindConverter.Side, which it learns by running the converter at startup: a compiler cannot run it, so Tidemark cannot write that check. Map the enum with @Enumerated(EnumType.STRING) or ORDINAL
// on: @Convert(converter
package test.bad.entities;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Convert;
import jakarta.persistence.Converter;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class EnumBehindConverter {
  @Id
  private long id;

  @Convert(converter = SideConverter.class)
  private Side side;

  public enum Side { BUY, SELL }

  @Converter
  public static class SideConverter implements AttributeConverter<Side, String> {
    @Override
    public String convertToDatabaseColumn(Side side) {
      return side == null ? null : side.name().substring(0, 1);
    }

    @Override
    public Side convertToEntityAttribute(String code) {
      return code == null ? null : code.equals("B") ? Side.BUY : Side.SELL;
    }
  }
}
