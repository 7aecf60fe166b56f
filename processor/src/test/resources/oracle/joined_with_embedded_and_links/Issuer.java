package oracle.joinedwithembeddedandlinks;

import jakarta.persistence.*;
@Entity public class Issuer { @Id private long id; private String name; }
