package oracle.largeveterinaryclinic;

import jakarta.persistence.*;
import java.math.BigDecimal;
@Entity @Inheritance(strategy = InheritanceType.SINGLE_TABLE) @DiscriminatorColumn(name = "treatment_kind", length = 12) public abstract class Treatment extends BaseEntity { @ManyToOne(optional = false) private Visit visit; @Column(precision = 10, scale = 2) private BigDecimal price; }
