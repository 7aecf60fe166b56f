package oracle.entityoverride;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;

@MappedSuperclass
public abstract class Audited {
  @Column(name = "created", nullable = false)
  private Instant createdAt;

  private String createdBy;
}
