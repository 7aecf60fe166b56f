package oracle.largeveterinaryclinic;

import jakarta.persistence.*;
import java.time.LocalDateTime;
import java.util.List;
@Entity @Table(name = "visits") public class Visit extends BaseEntity { @Column(name = "visit_date", nullable = false) private LocalDateTime visitDate; @Column(length = 255) private String description; @ManyToOne(optional = false) @JoinColumn(name = "pet_id") private Pet pet; @ManyToOne private Vet vet; @ManyToOne private Room room; @Enumerated private VisitStatus status; @OneToMany(mappedBy = "visit") @OrderColumn(name = "position") private List<Treatment> treatments; }
