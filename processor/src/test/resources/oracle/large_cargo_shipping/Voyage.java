package oracle.largecargoshipping;

import jakarta.persistence.*;
import java.util.List;
@Entity public class Voyage { @Id @GeneratedValue(strategy = GenerationType.SEQUENCE) private Long id; @Column(name = "voyage_number", unique = true, nullable = false, length = 20) private String voyageNumber; @OneToMany(cascade = CascadeType.ALL) @JoinColumn(name = "voyage_id") @OrderColumn(name = "movement_index") private List<CarrierMovement> movements; @ManyToOne private Vessel vessel; }
