package oracle.discriminators;
import jakarta.persistence.*;
@Entity @DiscriminatorValue("S") public class CharSub extends CharRoot { }
