package oracle.largeecommercecatalogue;

import jakarta.persistence.*;
import java.time.Instant;
@MappedSuperclass public abstract class Auditable { @Column(name = "created_at", nullable = false) private Instant createdAt; @Column(name = "updated_at") private Instant updatedAt; @Version private long version; }
