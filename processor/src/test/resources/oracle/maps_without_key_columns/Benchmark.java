package oracle.maps;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Benchmark {
  @Id
  private Long id;

  private String name;
}
