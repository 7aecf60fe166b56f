package oracle.derived;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

@Entity
public class Trader {
  @Id
  @GeneratedValue
  private Long id;

  @Column(nullable = false, length = 80)
  private String name;
}
