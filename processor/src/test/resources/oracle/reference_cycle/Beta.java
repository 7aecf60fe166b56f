package oracle.referencecycle;

import jakarta.persistence.*;
@Entity public class Beta { @Id private long id; @ManyToOne private Gamma gamma; }
