package oracle.joineddiscriminator;

import jakarta.persistence.DiscriminatorColumn;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;

/** A JOINED root may still carry a discriminator column, checked like a SINGLE_TABLE one. */
@Entity
@Inheritance(strategy = InheritanceType.JOINED)
@DiscriminatorColumn(name = "kind")
public class Instrument {
  @Id
  private long id;
}
