// expect: [TidemarkUnsupportedMapping] @Convert of an enum attribute on EnumBehindConverter.side is not supported by Tidemark yet: Hibernate checks the column against each constant's converted value
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
