package oracle.largetradingdesk;

import jakarta.persistence.*;
import java.util.List;
import java.math.BigDecimal;
@Entity public class Desk { @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id; @Column(nullable = false, unique = true, length = 32) private String code; @Enumerated(EnumType.STRING) @Column(length = 12) private AssetClass assetClass; @Column(name = "risk_limit", precision = 20, scale = 2) private BigDecimal riskLimit; @OneToMany(mappedBy = "desk") private List<Book> books; @ManyToOne private Desk parentDesk; }
