package oracle.largeveterinaryclinic;

import jakarta.persistence.*;
@MappedSuperclass public abstract class BaseEntity { @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Integer id; }
