package oracle.largeidentityserver;

import jakarta.persistence.*;
import java.time.Instant;
@Entity @Table(name = "server_side_sessions") public class ServerSideSession { @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id; @Column(nullable = false, unique = true, length = 100) private String key; @Column(nullable = false, length = 100) private String scheme; @Column(name = "subject_id", nullable = false, length = 100) private String subjectId; private Instant renewed; private Instant expires; @Lob private String data; }
