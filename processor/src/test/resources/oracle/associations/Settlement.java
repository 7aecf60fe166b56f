package oracle.associations;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToOne;

@Entity
public class Settlement {
  @Id
  private long id;

  @OneToOne(optional = false)
  private Trade trade;
}
