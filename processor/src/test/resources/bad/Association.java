package test.bad;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import java.util.List;

@Entity
public class Association {
  @Id
  private long id;

  @OneToMany
  private List<String> children;
}
