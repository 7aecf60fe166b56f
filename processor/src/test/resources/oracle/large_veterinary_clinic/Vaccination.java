package oracle.largeveterinaryclinic;

import jakarta.persistence.*;
import java.time.LocalDate;
@Entity @DiscriminatorValue("VACCINE") public class Vaccination extends Treatment { @Column(length = 60) private String vaccine; private LocalDate boosterDue; }
