package oracle.discriminators;
import jakarta.persistence.*;
@Entity @DiscriminatorColumn(name = "k", discriminatorType = DiscriminatorType.CHAR) @DiscriminatorValue("R") public class CharRoot { @Id Long id; }
