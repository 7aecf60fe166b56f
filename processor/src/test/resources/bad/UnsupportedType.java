package test.bad;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.util.Map;

@Entity
public class UnsupportedType {
  @Id
  private long id;

  private Map<String, String> attributes;
}
