package oracle.largecargoshipping;

import jakarta.persistence.*;
import java.time.Instant;
@Embeddable public class RouteSpecification { @Column(name = "spec_origin", length = 5) private String origin; @Column(name = "spec_destination", length = 5) private String destination; @Column(name = "spec_arrival_deadline") private Instant arrivalDeadline; }
