package oracle.largelibrarylending;

import jakarta.persistence.*;
import java.util.List;
import java.util.Set;
@Entity public class Work { @Id @GeneratedValue private Long id; @Column(nullable = false) private String title; @ManyToMany @JoinTable(name = "work_authors") @OrderColumn(name = "author_order") private List<Author> authors; @ManyToMany private Set<Genre> genres; @ElementCollection @CollectionTable(name = "work_subjects") @Column(name = "subject", length = 80) private Set<String> subjects; }
