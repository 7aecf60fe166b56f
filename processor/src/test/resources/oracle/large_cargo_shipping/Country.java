package oracle.largecargoshipping;

import jakarta.persistence.*;
@Entity public class Country { @Id @Column(length = 2) private String isoCode; @Column(length = 80) private String name; }
