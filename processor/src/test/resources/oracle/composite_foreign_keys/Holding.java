package oracle.compositefk;
import jakarta.persistence.*;
@Entity public class Holding { @Id Long id;
  @ManyToOne Position position;
  @ManyToOne @JoinColumns({@JoinColumn(name = "h_sym", referencedColumnName = "symbol"), @JoinColumn(name = "h_acc", referencedColumnName = "account")}) Position hedge; }
