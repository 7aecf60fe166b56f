package oracle.largeecommercecatalogue;

import jakarta.persistence.*;
@Entity public class Brand { @Id @GeneratedValue private Long id; @Column(nullable = false, unique = true, length = 80) private String name; @Column(length = 400) private String logoUrl; }
