package oracle.crossschema;

import jakarta.persistence.*;
import java.util.Set;
@Entity @Table(name = "venue", schema = "reference") @TableGenerator(name = "venue_ids", table = "id_blocks", schema = "reference") public class Venue { @Id @GeneratedValue(strategy = GenerationType.TABLE, generator = "venue_ids") private Long id; @Column(nullable = false, unique = true, length = 10) private String mic; @ManyToMany private Set<Currency> settlementCurrencies; }
