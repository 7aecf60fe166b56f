package oracle.snakecasecollections;

import jakarta.persistence.*;
@Entity public class RiskReport { @Id private Long reportId; }
