package oracle.singletable;
import jakarta.persistence.*;
@Entity public class Equity extends Instrument { String isin; }
