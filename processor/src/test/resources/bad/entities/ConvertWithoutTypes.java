// expect: [TidemarkUnsupportedMapping] @Convert on ConvertWithoutTypes.code is not supported by Tidemark yet: name a converter class implementing AttributeConverter<java.lang.String, Y>
// on: @Convert
package test.bad.entities;

import jakarta.persistence.*;

@Entity
public class ConvertWithoutTypes {
  @Id
  private long id;

  @Convert(converter = ConvertWithoutTypesRaw.class)
  private String code;
}

@SuppressWarnings("rawtypes")
class ConvertWithoutTypesRaw implements AttributeConverter {
  @Override
  public Object convertToDatabaseColumn(Object attribute) {
    return attribute;
  }

  @Override
  public Object convertToEntityAttribute(Object dbData) {
    return dbData;
  }
}
