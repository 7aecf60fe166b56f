package oracle.largeveterinaryclinic;

import jakarta.persistence.*;
import java.util.List;
@Entity @Table(name = "owners", indexes = @Index(name = "owners_last_name_idx", columnList = "last_name")) public class Owner extends Person { @Embedded private Address address; @Column(length = 20) private String telephone; @OneToMany(mappedBy = "owner", cascade = CascadeType.ALL) @OrderBy("name") private List<Pet> pets; }
