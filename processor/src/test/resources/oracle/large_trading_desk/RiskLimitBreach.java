package oracle.largetradingdesk;

import jakarta.persistence.*;
import java.time.Instant;
@Entity public class RiskLimitBreach { @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id; @ManyToOne(optional = false) private Desk desk; @Column(nullable = false) private Instant detectedAt; @Embedded private Notional exposure; @Lob private String explanation; private boolean acknowledged; }
