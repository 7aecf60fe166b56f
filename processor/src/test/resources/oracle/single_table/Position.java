package oracle.singletable;

import jakarta.persistence.*;

@Entity
public class Position {
  @Id
  private long id;

  @ManyToOne
  private Future future;

  @ManyToOne
  private Instrument instrument;
}
