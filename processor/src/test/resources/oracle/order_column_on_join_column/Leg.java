package oracle.orderedjoincolumn;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Leg {
  @Id
  private long id;

  private String instrument;
}
