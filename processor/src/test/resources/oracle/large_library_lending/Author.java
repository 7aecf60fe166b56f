package oracle.largelibrarylending;

import jakarta.persistence.*;
import java.time.LocalDate;
@Entity public class Author { @Id @GeneratedValue private Long id; @Column(nullable = false, length = 120) private String name; private LocalDate born; private LocalDate died; }
