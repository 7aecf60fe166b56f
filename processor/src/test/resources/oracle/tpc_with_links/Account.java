package oracle.tpcwithlinks;

import jakarta.persistence.*;
@Entity public class Account { @Id private Long id; }
