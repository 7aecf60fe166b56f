package oracle.singletable;
import jakarta.persistence.*;
@Entity @Inheritance(strategy = InheritanceType.SINGLE_TABLE) @DiscriminatorColumn(name = "kind", length = 12) @DiscriminatorValue("base")
public class Limit { @Id Long id; }
