package oracle.crossschema;

import jakarta.persistence.*;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
@Entity @Table(schema = "risk") public class Exposure { @Id @GeneratedValue private Long id; @ManyToOne(optional = false) private Trade trade; @ManyToOne private Counterparty counterparty; @Column(precision = 20, scale = 2) private BigDecimal amount; @ManyToMany @JoinTable(name = "exposure_hedges", schema = "risk") private Set<Instrument> hedges; @ElementCollection @CollectionTable(schema = "risk") @OrderColumn private List<BigDecimal> scenarioLosses; }
