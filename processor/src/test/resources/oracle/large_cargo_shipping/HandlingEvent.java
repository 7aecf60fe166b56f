package oracle.largecargoshipping;

import jakarta.persistence.*;
import java.time.Instant;
@Entity @Table(indexes = @Index(name = "handling_event_cargo_idx", columnList = "cargo_id, completion_time")) public class HandlingEvent { @Id @GeneratedValue(strategy = GenerationType.SEQUENCE) private Long id; @ManyToOne(optional = false) private Cargo cargo; @ManyToOne private Voyage voyage; @ManyToOne(optional = false) private Location location; @Enumerated(EnumType.STRING) @Column(nullable = false, length = 12) private HandlingType type; @Column(name = "completion_time", nullable = false) private Instant completionTime; @Column(name = "registration_time", nullable = false) private Instant registrationTime; }
