package oracle.sharedsequences;

import jakarta.persistence.*;
@Entity public class Cancel { @Id @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "events") @SequenceGenerator(name = "events", sequenceName = "event_ids", allocationSize = 25) private Long id; }
