package oracle.singletable;
import jakarta.persistence.*;
@Entity public class Future extends Instrument { int lots; java.time.LocalDate expiry; }
