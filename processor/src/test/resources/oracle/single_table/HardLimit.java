package oracle.singletable;
import jakarta.persistence.*;
@Entity @DiscriminatorValue("hard") public class HardLimit extends Limit { int cap; }
