package oracle.snakecaseconstraints;

import jakarta.persistence.*;
import org.hibernate.annotations.NaturalId;
@Entity @Table(uniqueConstraints = @UniqueConstraint(columnNames = {"shortCode", "homeRegion"}), indexes = {@Index(columnList = "homeRegion, openedAt desc"), @Index(name = "byLegalName", columnList = "legalName")}) public class ClientAccount { @Id private Long id; private String shortCode; private String homeRegion; private java.time.Instant openedAt; private String legalName; @NaturalId private String leiCode; @Column(unique = true) private String externalRef; }
