package oracle.largeveterinaryclinic;

import jakarta.persistence.*;
@MappedSuperclass public abstract class Person extends BaseEntity { @Column(name = "first_name", length = 30) private String firstName; @Column(name = "last_name", nullable = false, length = 30) private String lastName; }
