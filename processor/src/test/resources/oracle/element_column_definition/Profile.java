package oracle.elementcolumndefinition;

import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.util.List;

/** A columnDefinition on an element collection types its value column. */
@Entity
public class Profile {
  @Id
  private long id;

  @ElementCollection
  @Column(name = "line", columnDefinition = "text")
  private List<String> lines;
}
