package oracle.largeecommercecatalogue;

import jakarta.persistence.*;
@Entity public class Warehouse { @Id @Column(length = 8) private String code; @Column(nullable = false) private String name; @Embedded private Address address; }
