package oracle.converters;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

@Converter
public class CurrencyConverter implements AttributeConverter<CurrencyCode, String> {
  @Override
  public String convertToDatabaseColumn(CurrencyCode code) {
    return code == null ? null : code.iso();
  }

  @Override
  public CurrencyCode convertToEntityAttribute(String iso) {
    return iso == null ? null : new CurrencyCode(iso);
  }
}
