package oracle.sharedtable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "desk_alias")
public class DeskAlias {
  @Id
  private Long id;

  @Column(nullable = false)
  private Instant createdAt;
}
