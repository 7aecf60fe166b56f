package oracle.snakecasecollections;

import jakarta.persistence.*;
import java.util.*;
@Entity public class TradingDesk { @Id private Long deskId; @ManyToMany private Set<TraderProfile> deskTraders; @ElementCollection private Set<String> allowedVenues; @OneToMany @JoinColumn(name = "owningDesk") private List<RiskReport> riskReports; }
