package oracle.onetoonebothways;

import jakarta.persistence.*;
@Entity public class Confirmation { @Id private long id; @OneToOne(optional = false) @JoinColumn(name = "trade_ref") private Trade trade; }
