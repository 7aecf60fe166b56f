package oracle.largecargoshipping;

import jakarta.persistence.*;
import java.time.Instant;
@Entity public class Leg { @Id @GeneratedValue(strategy = GenerationType.SEQUENCE) private Long id; @ManyToOne(optional = false) private Voyage voyage; @ManyToOne(optional = false) @JoinColumn(name = "load_location_id") private Location loadLocation; @ManyToOne(optional = false) @JoinColumn(name = "unload_location_id") private Location unloadLocation; @Column(name = "load_time") private Instant loadTime; @Column(name = "unload_time") private Instant unloadTime; }
