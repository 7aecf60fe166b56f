package test.bad;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToMany;
import java.util.List;

@Entity
public class Association {
  @Id
  private long id;

  @ManyToMany
  private List<Association> related;
}
