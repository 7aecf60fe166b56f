package oracle.ondeletevariants;

import jakarta.persistence.*;
@Entity public class Parent { @Id private long id; }
