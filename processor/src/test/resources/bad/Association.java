package test.bad;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

@Entity
public class Association {
  @Id
  private long id;

  @ManyToOne
  private Association parent;
}
