package oracle.versiondefaultscomments;

import jakarta.persistence.*;
import org.hibernate.annotations.*;
@jakarta.persistence.Entity @Table(name = "limits") @Comment("risk limits per desk") public class Limit { @jakarta.persistence.Id private long id; @Version private long version; @ColumnDefault("100") private Integer cap; @ColumnDefault("'EUR'") @jakarta.persistence.Column(length = 3) private String currency; @Comment("soft limits warn only") private boolean soft; @ColumnDefault("now()") private java.time.Instant createdAt; }
