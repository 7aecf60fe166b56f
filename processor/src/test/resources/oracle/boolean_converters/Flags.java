package oracle.booleanconverters;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import org.hibernate.type.NumericBooleanConverter;
import org.hibernate.type.TrueFalseConverter;
import org.hibernate.type.YesNoConverter;

/** Hibernate's boolean converters, each with the check Hibernate gives its column. */
@Entity
public class Flags {
  @Id
  private long id;

  @Convert(converter = YesNoConverter.class)
  private boolean active;

  @Convert(converter = TrueFalseConverter.class)
  private Boolean verified;

  @Convert(converter = NumericBooleanConverter.class)
  private boolean archived;
}
