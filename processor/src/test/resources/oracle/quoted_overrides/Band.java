package oracle.quotedoverrides;

import jakarta.persistence.*;
@Entity @Table(name = "`RiskBand`") public class Band { @Id private long id; @AttributeOverride(name = "low", column = @Column(name = "`Low`")) @AttributeOverride(name = "high", column = @Column(name = "\"High\"")) private Range range; }
