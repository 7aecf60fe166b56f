package oracle.sharedsequences;

import jakarta.persistence.*;
@Entity public class Amend { @Id @GeneratedValue(strategy = GenerationType.AUTO) private long id; }
