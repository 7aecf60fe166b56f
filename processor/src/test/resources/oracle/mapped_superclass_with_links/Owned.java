package oracle.mappedsuperclasswithlinks;

import jakarta.persistence.*;
@MappedSuperclass public abstract class Owned { @ManyToOne private Owner owner; @Column(name = "owner_note") private String note; }
