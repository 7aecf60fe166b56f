package oracle.largecargoshipping;

import jakarta.persistence.*;
@Entity @Table(uniqueConstraints = @UniqueConstraint(name = "location_unlocode_key", columnNames = "unlocode")) public class Location { @Id @GeneratedValue(strategy = GenerationType.SEQUENCE) private Long id; @Column(nullable = false, length = 5) private String unlocode; @Column(nullable = false) private String name; @ManyToOne private Country country; }
