package oracle.snakecasejoined;

import jakarta.persistence.*;
@Entity public class ClearingMember extends LegalEntity { private String memberCode; }
