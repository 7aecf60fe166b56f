package oracle.largeecommercecatalogue;

import jakarta.persistence.*;
@Entity @IdClass(StockLevelKey.class) public class StockLevel { @Id private Long variant; @Id @Column(length = 8) private String warehouse; private int onHand; private int reserved; }
