package oracle.sharedsequences;

import jakarta.persistence.*;
@Entity @SequenceGenerator(name = "events", sequenceName = "event_ids", allocationSize = 25) public class Fill { @Id @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "events") private Long id; }
