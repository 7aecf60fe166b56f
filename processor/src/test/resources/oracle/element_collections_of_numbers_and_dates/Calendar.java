package oracle.elementcollectionsofnumbersanddates;

import jakarta.persistence.*;
import java.time.LocalDate; import java.util.*; import java.math.BigDecimal;
@Entity public class Calendar { @Id private Integer id; @ElementCollection private Set<LocalDate> holidays; @ElementCollection private List<BigDecimal> weights; @ElementCollection @CollectionTable(name = "calendar_codes", joinColumns = @JoinColumn(name = "calendar")) @Column(name = "code", length = 8) private Set<String> codes; }
