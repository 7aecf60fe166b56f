package oracle.largelibrarylending;

import jakarta.persistence.*;
@Entity public class Genre { @Id @Column(length = 24) private String code; @Column(nullable = false, length = 80) private String label; @ManyToOne private Genre parent; }
