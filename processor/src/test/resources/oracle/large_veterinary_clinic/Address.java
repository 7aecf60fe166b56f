package oracle.largeveterinaryclinic;

import jakarta.persistence.*;
@Embeddable public class Address { @Column(length = 120) private String street; @Column(length = 60) private String city; @Column(length = 10) private String postcode; }
