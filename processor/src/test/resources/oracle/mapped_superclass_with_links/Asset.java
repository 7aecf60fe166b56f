package oracle.mappedsuperclasswithlinks;

import jakarta.persistence.*;
@Entity public class Asset extends Owned { @Id private long id; }
