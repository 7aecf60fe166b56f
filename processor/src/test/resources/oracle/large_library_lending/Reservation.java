package oracle.largelibrarylending;

import jakarta.persistence.*;
import java.time.Instant;
@Entity public class Reservation { @Id @GeneratedValue private Long id; @ManyToOne(optional = false) private Edition edition; @ManyToOne(optional = false) private Member member; @ManyToOne private Branch pickupBranch; @Column(nullable = false) private Instant placedAt; private boolean fulfilled; }
