package oracle.uncheckedconverters;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

@Converter
public class PolarityAsBoolean implements AttributeConverter<Polarity, Boolean> {
  @Override
  public Boolean convertToDatabaseColumn(Polarity polarity) {
    return polarity == null ? null : polarity == Polarity.LONG;
  }

  @Override
  public Polarity convertToEntityAttribute(Boolean stored) {
    return stored == null ? null : stored ? Polarity.LONG : Polarity.SHORT;
  }
}
