package oracle.mixedaccess;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/** The identifier on a getter: every entity below defaults to property access. */
@MappedSuperclass
public abstract class Keyed {
  private long key;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public long getId() {
    return key;
  }

  public void setId(long id) {
    this.key = id;
  }
}
