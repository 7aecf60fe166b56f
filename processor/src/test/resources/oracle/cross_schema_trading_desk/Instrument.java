package oracle.crossschema;

import jakarta.persistence.*;
import java.util.Set;
@Entity @Table(schema = "reference", indexes = @Index(columnList = "isin")) public class Instrument { @Id @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "instrument_ids") @SequenceGenerator(name = "instrument_ids", sequenceName = "instrument_seq", schema = "reference", allocationSize = 20) private Long id; @Column(nullable = false, length = 12) private String isin; @ManyToOne(optional = false) private Currency currency; @ManyToOne private Venue primaryVenue; @ElementCollection private Set<String> aliases; }
