package oracle.booleandefaults;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import org.hibernate.annotations.ColumnDefault;
import org.hibernate.type.YesNoConverter;

/** A converted boolean with a default and not null. */
@Entity
public class Switch {
  @Id
  private long id;

  @Convert(converter = YesNoConverter.class)
  @ColumnDefault("'N'")
  @Column(nullable = false)
  private boolean enabled;
}
