package oracle.joined;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

@Entity
public class Confirmation {
  @Id
  private long id;

  @ManyToOne
  private Counterparty counterparty;

  @ManyToOne
  private Broker broker;
}
