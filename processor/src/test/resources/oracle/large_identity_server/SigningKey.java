package oracle.largeidentityserver;

import jakarta.persistence.*;
import java.time.Instant;
@Entity @Table(name = "signing_keys") public class SigningKey { @Id @Column(length = 64) private String id; private int version; @Column(nullable = false, length = 100) private String algorithm; private boolean isX509Certificate; private boolean dataProtected; @Column(nullable = false) private Instant created; @Lob private byte[] data; }
