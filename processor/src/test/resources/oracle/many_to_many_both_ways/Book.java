package oracle.manytomanybothways;

import jakarta.persistence.*;
import java.util.Set;
@Entity public class Book { @Id private Long id; @ManyToMany(mappedBy = "books") private Set<Strategy> strategies; }
