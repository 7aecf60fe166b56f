package oracle.largetradingdesk;

import jakarta.persistence.*;
@Entity public class LegalEntity { @Id @Column(length = 20) private String lei; @Column(nullable = false) private String name; @Column(length = 2) private String jurisdiction; }
