package oracle.selfreferences;

import jakarta.persistence.*;
import java.util.List;
@Entity public class Category { @Id private Long id; private String label; @ManyToOne private Category parent; @OneToMany(mappedBy = "parent") private List<Category> children; }
