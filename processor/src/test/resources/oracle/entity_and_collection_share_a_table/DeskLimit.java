package oracle.sharedtable;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "desk_limit")
public class DeskLimit {
  @Id
  private Long id;

  private String approvedBy;
}
