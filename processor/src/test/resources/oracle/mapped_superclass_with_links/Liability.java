package oracle.mappedsuperclasswithlinks;

import jakarta.persistence.*;
@Entity public class Liability extends Owned { @Id private long id; private Integer priority; }
