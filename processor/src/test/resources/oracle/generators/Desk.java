package oracle.generators;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

@Entity
public class Desk {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "desk_numbers")
  private long id;
}
