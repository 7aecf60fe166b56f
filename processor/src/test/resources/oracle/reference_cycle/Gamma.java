package oracle.referencecycle;

import jakarta.persistence.*;
@Entity public class Gamma { @Id private long id; @ManyToOne private Alpha alpha; }
