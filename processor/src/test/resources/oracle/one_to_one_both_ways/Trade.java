package oracle.onetoonebothways;

import jakarta.persistence.*;
@Entity public class Trade { @Id private long id; @OneToOne(mappedBy = "trade") private Confirmation confirmation; }
