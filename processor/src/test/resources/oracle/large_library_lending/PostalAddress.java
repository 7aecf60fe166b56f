package oracle.largelibrarylending;

import jakarta.persistence.*;
@Embeddable public class PostalAddress { @Column(length = 100) private String street; @Column(length = 60) private String town; @Column(length = 12) private String postcode; }
