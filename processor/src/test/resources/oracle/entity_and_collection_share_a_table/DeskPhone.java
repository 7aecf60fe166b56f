package oracle.sharedtable;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "desk_phone")
public class DeskPhone {
  @Id
  private Long id;

  private String label;
}
