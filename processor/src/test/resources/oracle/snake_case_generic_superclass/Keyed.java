package oracle.snakegeneric;

import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

@MappedSuperclass
public abstract class Keyed<K, V> {
  @Id
  private K recordKey;

  private V recordValue;
}
