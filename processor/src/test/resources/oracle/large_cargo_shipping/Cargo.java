package oracle.largecargoshipping;

import jakarta.persistence.*;
import java.util.List;
@Entity public class Cargo { @Id @GeneratedValue(strategy = GenerationType.SEQUENCE) private Long id; @Column(name = "tracking_id", unique = true, length = 20) private TrackingId trackingId; @ManyToOne @JoinColumn(name = "origin_id") private Location origin; @Embedded private RouteSpecification routeSpecification; @Embedded private Delivery delivery; @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true) @JoinColumn(name = "cargo_id") @OrderColumn(name = "leg_index") private List<Leg> itinerary; @ManyToOne private Customer shipper; }
