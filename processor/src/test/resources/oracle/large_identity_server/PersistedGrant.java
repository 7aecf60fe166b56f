package oracle.largeidentityserver;

import jakarta.persistence.*;
import java.time.Instant;
@Entity @Table(name = "persisted_grants", indexes = { @Index(name = "persisted_grants_subject_idx", columnList = "subject_id, client_id, type"), @Index(name = "persisted_grants_expiration_idx", columnList = "expiration") }) public class PersistedGrant { @Id @Column(name = "key", length = 200) private String key; @Column(nullable = false, length = 50) private String type; @Column(name = "subject_id", length = 200) private String subjectId; @Column(name = "session_id", length = 100) private String sessionId; @Column(name = "client_id", nullable = false, length = 200) private String clientId; @Column(nullable = false) private Instant creationTime; private Instant expiration; private Instant consumedTime; @Column(nullable = false) @Lob private String data; }
