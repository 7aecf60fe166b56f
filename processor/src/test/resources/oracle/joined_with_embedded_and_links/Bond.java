package oracle.joinedwithembeddedandlinks;

import jakarta.persistence.*;
import java.time.LocalDate;
@Entity public class Bond extends Instrument { private Money faceValue; private LocalDate maturity; @ManyToOne private Issuer issuer; }
