package oracle.nestedrecords;

import jakarta.persistence.*;
@Entity public class Chart { @Id private long id; private Box frame; }
