package oracle.crossschema;

import jakarta.persistence.*;
@Entity @Table(schema = "reference") public class Currency { @Id @Column(length = 3) private String code; @Column(nullable = false, length = 40) private String name; private int minorUnits; }
