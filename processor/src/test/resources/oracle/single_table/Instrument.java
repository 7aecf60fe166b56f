package oracle.singletable;
import jakarta.persistence.*;
@Entity public class Instrument { @Id Long id; String symbol; }
