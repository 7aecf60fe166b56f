package oracle.largeveterinaryclinic;

import jakarta.persistence.*;
import java.util.Set;
@Entity @Table(name = "vets") public class Vet extends Person { @ManyToMany @JoinTable(name = "vet_specialties", joinColumns = @JoinColumn(name = "vet_id"), inverseJoinColumns = @JoinColumn(name = "specialty_id")) private Set<Specialty> specialties; @ManyToOne(fetch = FetchType.LAZY) private Clinic clinic; }
