package oracle.largelibrarylending;

import jakarta.persistence.*;
import java.time.LocalDate;
@Entity @DiscriminatorValue("C") public class ChildMember extends Member { private LocalDate birthDate; @ManyToOne private Member guardian; }
