package oracle.largeveterinaryclinic;

import jakarta.persistence.*;
@Entity @Table(name = "types") public class PetType extends NamedEntity { }
