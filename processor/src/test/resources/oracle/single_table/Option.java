package oracle.singletable;
import jakarta.persistence.*;
@Entity @DiscriminatorValue("OPT") public class Option extends Instrument { @Column(nullable = false) java.math.BigDecimal strike; int contracts; }
