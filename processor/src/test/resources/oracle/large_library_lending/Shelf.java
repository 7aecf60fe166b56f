package oracle.largelibrarylending;

import jakarta.persistence.*;
@Entity @Table(uniqueConstraints = @UniqueConstraint(columnNames = {"branch_id", "label"})) public class Shelf { @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Integer id; @ManyToOne(optional = false) private Branch branch; @Column(nullable = false, length = 16) private String label; }
