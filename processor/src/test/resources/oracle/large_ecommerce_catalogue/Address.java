package oracle.largeecommercecatalogue;

import jakarta.persistence.*;
@Embeddable public class Address { private String line1; private String line2; @Column(length = 80) private String city; @Column(length = 20) private String postalCode; @Column(length = 2) private String country; }
