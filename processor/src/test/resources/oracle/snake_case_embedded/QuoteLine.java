package oracle.snakecaseembedded;

import jakarta.persistence.*;
@Entity public class QuoteLine { @Id private Long lineId; private Price bidPrice; @AttributeOverride(name = "unitPrice", column = @Column(name = "askUnitPrice")) @AttributeOverride(name = "quoteCurrency", column = @Column(name = "askCurrency", length = 3)) private Price askPrice; }
