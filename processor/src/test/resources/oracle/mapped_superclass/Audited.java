package oracle.superclass;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;

@MappedSuperclass
public abstract class Audited {
  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "created_by", length = 64)
  private String createdBy;
}
