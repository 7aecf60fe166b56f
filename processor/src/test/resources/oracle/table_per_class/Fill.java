package oracle.perclass;

import jakarta.persistence.Entity;

@Entity
public class Fill extends Event {
  private int quantity;
}
