package oracle.largeveterinaryclinic;

import jakarta.persistence.*;
import java.time.Duration;
@Entity @DiscriminatorValue("SURGERY") public class Surgery extends Treatment { private Duration duration; @ManyToOne private Vet surgeon; }
