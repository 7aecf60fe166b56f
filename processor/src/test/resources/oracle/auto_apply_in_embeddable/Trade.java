package oracle.autoapplyembedded;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** An autoApply converter reaches into embeddables too. */
@Entity
public class Trade {
  @Id
  private long id;

  @Embedded
  private Economics economics;
}
