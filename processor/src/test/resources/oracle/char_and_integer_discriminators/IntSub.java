package oracle.discriminators;
import jakarta.persistence.*;
@Entity @DiscriminatorValue("2") public class IntSub extends IntRoot { }
