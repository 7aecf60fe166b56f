package oracle.superclass;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

@MappedSuperclass
public abstract class Identified<K> extends Audited {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
}
