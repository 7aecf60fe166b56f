package oracle.largeecommercecatalogue;

import jakarta.persistence.*;
import java.util.List;
@Entity public class Category extends Auditable { @Id @GeneratedValue private Long id; @Column(nullable = false, unique = true, length = 120) private String slug; @Column(nullable = false) private String name; @ManyToOne @JoinColumn(name = "parent_id") private Category parent; @OneToMany(mappedBy = "parent") @OrderColumn(name = "sort_order") private List<Category> children; }
