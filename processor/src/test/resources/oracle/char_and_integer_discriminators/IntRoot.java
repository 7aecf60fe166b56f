package oracle.discriminators;
import jakarta.persistence.*;
@Entity @DiscriminatorColumn(name = "k", discriminatorType = DiscriminatorType.INTEGER) @DiscriminatorValue("1") public class IntRoot { @Id Long id; }
