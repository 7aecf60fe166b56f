package oracle.largecargoshipping;

import jakarta.persistence.*;
@Entity @Inheritance(strategy = InheritanceType.JOINED) public class Vessel { @Id @Column(length = 7) private String imoNumber; @Column(length = 60) private String name; private int teuCapacity; }
