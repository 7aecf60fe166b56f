package oracle.largeveterinaryclinic;

import jakarta.persistence.*;
import java.util.List;
@Entity public class Clinic extends NamedEntity { @Embedded @AttributeOverride(name = "street", column = @Column(name = "site_street", length = 120)) private Address site; @OneToMany(mappedBy = "clinic") private List<Room> rooms; @ElementCollection @CollectionTable(name = "clinic_opening_hours") @Column(name = "hours", length = 40) private List<String> openingHours; }
