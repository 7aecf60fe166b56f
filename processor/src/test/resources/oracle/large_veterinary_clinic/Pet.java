package oracle.largeveterinaryclinic;

import jakarta.persistence.*;
import java.time.LocalDate;
import java.util.Set;
@Entity @Table(name = "pets") public class Pet extends NamedEntity { @Column(name = "birth_date") private LocalDate birthDate; @ManyToOne @JoinColumn(name = "type_id") private PetType type; @ManyToOne @JoinColumn(name = "owner_id", foreignKey = @ForeignKey(name = "pets_owner_fk")) private Owner owner; @ElementCollection @CollectionTable(name = "pet_allergies", joinColumns = @JoinColumn(name = "pet_id")) @Column(name = "allergy", length = 60) private Set<String> allergies; @OneToOne(mappedBy = "pet") private MedicalRecord record; }
