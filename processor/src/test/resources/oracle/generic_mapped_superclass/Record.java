package oracle.genericsuper;

import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;

/** Attributes typed by type variables take the types the entity binds them to. */
@MappedSuperclass
public abstract class Record<K, V, O> {
  @Id
  private K id;

  private V value;

  @ManyToOne
  private O owner;
}
