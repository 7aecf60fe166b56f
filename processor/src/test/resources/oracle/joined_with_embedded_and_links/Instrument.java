package oracle.joinedwithembeddedandlinks;

import jakarta.persistence.*;
@Entity @Inheritance(strategy = InheritanceType.JOINED) public class Instrument { @Id @GeneratedValue private Long id; @Column(nullable = false, length = 24) private String symbol; }
