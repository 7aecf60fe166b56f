package oracle.largeveterinaryclinic;

import jakarta.persistence.*;
@Entity @DiscriminatorValue("MED") public class Medication extends Treatment { @Column(length = 60) private String drug; private Integer doseMg; }
