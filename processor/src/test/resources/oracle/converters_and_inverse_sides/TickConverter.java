package oracle.converters;

import jakarta.persistence.AttributeConverter;
import java.math.BigDecimal;

public class TickConverter implements AttributeConverter<BigDecimal, Long> {
  @Override
  public Long convertToDatabaseColumn(BigDecimal ticks) {
    return ticks == null ? null : ticks.movePointRight(4).longValueExact();
  }

  @Override
  public BigDecimal convertToEntityAttribute(Long raw) {
    return raw == null ? null : BigDecimal.valueOf(raw, 4);
  }
}
