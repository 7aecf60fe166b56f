package oracle.largeveterinaryclinic;

import jakarta.persistence.*;
@Entity public class MedicalRecord extends BaseEntity { @OneToOne(optional = false) @JoinColumn(name = "pet_id", unique = true) private Pet pet; @Lob private String history; @Convert(converter = WeightConverter.class) private Weight lastWeight; }
