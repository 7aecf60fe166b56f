package oracle.accessoftheentityinembeddables;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

@Entity
public class Leg {
  @Id
  @GeneratedValue
  private Long id;

  @Column(name = "to_port", length = 5, nullable = false)
  private String toPort;
}
