package oracle.uncheckedconverters;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

@Converter
public class NullAsFalse implements AttributeConverter<Boolean, Boolean> {
  @Override
  public Boolean convertToDatabaseColumn(Boolean value) {
    return value != null && value;
  }

  @Override
  public Boolean convertToEntityAttribute(Boolean stored) {
    return stored != null && stored;
  }
}
