package oracle.largecargoshipping;

import jakarta.persistence.*;
import java.time.Instant;
@Entity @Table(name = "carrier_movement") public class CarrierMovement { @Id @GeneratedValue(strategy = GenerationType.SEQUENCE) private Long id; @ManyToOne(optional = false) @JoinColumn(name = "departure_location_id") private Location departureLocation; @ManyToOne(optional = false) @JoinColumn(name = "arrival_location_id") private Location arrivalLocation; @Column(name = "departure_time") private Instant departureTime; @Column(name = "arrival_time") private Instant arrivalTime; }
