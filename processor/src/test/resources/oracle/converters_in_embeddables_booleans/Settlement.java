package oracle.embeddedbooleans;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** Hibernate's boolean converters inside an embeddable. */
@Entity
public class Settlement {
  @Id
  private long id;

  @Embedded
  private Status status;
}
