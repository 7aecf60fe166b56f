package oracle.crossschema;

import jakarta.persistence.*;
import java.math.BigDecimal;
@Entity @Table(schema = "risk") public class Counterparty extends Party { @Column(length = 20) private String lei; @Column(precision = 18, scale = 2) private BigDecimal creditLine; }
