package oracle.snakecasecollections;

import jakarta.persistence.*;
@Entity public class TraderProfile { @Id private Long profileId; }
