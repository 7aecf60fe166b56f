package oracle.manytomanybothways;

import jakarta.persistence.*;
import java.util.Set;
@Entity public class Strategy { @Id private Long id; @ManyToMany @JoinTable(name = "strategy_books") private Set<Book> books; }
