package oracle.onetomanyquoted;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import java.util.List;

/** A one-to-many join table between entities with quoted key columns keeps the quotes. */
@Entity
public class Book {
  @Id
  @Column(name = "`BookId`")
  private long id;

  @OneToMany
  private List<Position> positions;
}
