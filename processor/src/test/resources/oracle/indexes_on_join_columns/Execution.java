package oracle.indexesonjoincolumns;

import jakarta.persistence.*;
@Entity @Table(indexes = {@Index(columnList = "venue_id"), @Index(name = "exec_venue_time", columnList = "venue_id, executedAt desc")}) public class Execution { @Id private long id; @ManyToOne private Venue venue; private java.time.Instant executedAt; }
