package oracle.collectiontableconstraints;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Owner {
  @Id
  private long id;
}
