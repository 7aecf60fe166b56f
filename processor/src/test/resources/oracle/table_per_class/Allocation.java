package oracle.perclass;

import jakarta.persistence.Entity;

@Entity
public class Allocation extends Event {
  private String account;
}
