package oracle.legacytemporal;

import jakarta.persistence.*;
import java.util.Date;
@Entity public class Ledger { @Id private long id; @Temporal(TemporalType.DATE) private Date valueDate; @Temporal(TemporalType.TIMESTAMP) private Date postedAt; private java.sql.Date bookedOn; private java.sql.Timestamp touchedAt; }
