package oracle.autoapplyembedded;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

@Converter(autoApply = true)
public class RateConverter implements AttributeConverter<Rate, String> {
  @Override
  public String convertToDatabaseColumn(Rate rate) {
    return rate == null ? null : rate.text();
  }

  @Override
  public Rate convertToEntityAttribute(String text) {
    return text == null ? null : new Rate(text);
  }
}
