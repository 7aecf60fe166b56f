package oracle.snakecasejoined;

import jakarta.persistence.*;
@Entity @Inheritance(strategy = InheritanceType.JOINED) public class LegalEntity { @Id private Long entityId; private String legalName; }
