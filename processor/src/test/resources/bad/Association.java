package test.bad;

import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OrderColumn;
import java.util.List;

@Entity
public class Association {
  @Id
  private long id;

  @ElementCollection
  @OrderColumn
  private List<String> tags;
}
