package oracle.largeecommercecatalogue;

import jakarta.persistence.*;
import java.io.Serializable;
public class StockLevelKey implements Serializable { private Long variant; private String warehouse; }
