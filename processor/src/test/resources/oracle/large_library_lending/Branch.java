package oracle.largelibrarylending;

import jakarta.persistence.*;
import java.util.List;
@Entity public class Branch { @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Integer id; @Column(nullable = false, unique = true, length = 60) private String name; @Embedded private PostalAddress address; @OneToMany(mappedBy = "branch") private List<Shelf> shelves; }
