package oracle.largelibrarylending;

import jakarta.persistence.*;
import java.time.LocalDate;
@Entity public class Edition { @Id @GeneratedValue private Long id; @ManyToOne(optional = false) private Work work; @ManyToOne private Publisher publisher; @Column(unique = true, length = 13) private Isbn isbn; @Enumerated(EnumType.STRING) @Column(length = 10) private Format format; private LocalDate published; private Integer pages; }
