package oracle.snakebooleans;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import org.hibernate.type.NumericBooleanConverter;
import org.hibernate.type.YesNoConverter;

/** Boolean converters under snake_case naming: the checks name the renamed columns. */
@Entity
public class RiskFlag {
  @Id
  private long id;

  @Convert(converter = YesNoConverter.class)
  private boolean breachReported;

  @Convert(converter = NumericBooleanConverter.class)
  private Boolean limitOverridden;
}
