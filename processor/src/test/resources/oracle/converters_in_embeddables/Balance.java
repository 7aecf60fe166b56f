package oracle.convertersinembeddables;

import jakarta.persistence.*;
@Entity public class Balance { @Id private long id; private Cash cash; }
