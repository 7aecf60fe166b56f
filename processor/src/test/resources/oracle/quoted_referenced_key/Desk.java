package oracle.quotedreference;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Desk {
  @Id
  @Column(name = "`DeskId`")
  private long id;
}
