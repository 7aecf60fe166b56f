package oracle.largecargoshipping;

import jakarta.persistence.*;
import java.time.Instant;
@Embeddable public class Delivery { @Enumerated(EnumType.STRING) @Column(name = "transport_status", length = 20) private TransportStatus transportStatus; private boolean misdirected; private Instant eta; @Column(name = "calculated_at") private Instant calculatedAt; }
