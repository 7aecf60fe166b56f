package oracle.largeidentityserver;

import jakarta.persistence.*;
@Entity @Table(name = "roles") public class Role { @Id @Column(length = 36) private String id; @Column(nullable = false, unique = true, length = 256) private String name; }
