package oracle.largelibrarylending;

import jakarta.persistence.*;
@Entity public class Publisher { @Id @GeneratedValue private Long id; @Column(nullable = false, length = 120) private String name; @Embedded private PostalAddress address; }
