package oracle.mappedsuperclasswithlinks;

import jakarta.persistence.*;
@Entity public class Owner { @Id private long id; }
