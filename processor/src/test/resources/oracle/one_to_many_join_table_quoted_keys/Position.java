package oracle.onetomanyquoted;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Position {
  @Id
  @Column(name = "`PositionId`")
  private long id;
}
