package oracle.singletable;
import jakarta.persistence.*;
@Entity public class WeeklyOption extends Option { int week; }
