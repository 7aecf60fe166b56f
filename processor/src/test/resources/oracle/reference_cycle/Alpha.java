package oracle.referencecycle;

import jakarta.persistence.*;
@Entity public class Alpha { @Id private long id; @ManyToOne private Beta beta; }
