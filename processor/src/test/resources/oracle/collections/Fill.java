package oracle.collections;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "fills")
public class Fill {
  @Id
  private long id;
}
