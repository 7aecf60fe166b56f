package oracle.embeddedbooleans;

import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import org.hibernate.type.TrueFalseConverter;
import org.hibernate.type.YesNoConverter;

@Embeddable
public class Status {
  @Convert(converter = YesNoConverter.class)
  private boolean matched;

  @Convert(converter = TrueFalseConverter.class)
  private boolean confirmed;
}
