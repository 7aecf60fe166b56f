package oracle.largeidentityserver;

import jakarta.persistence.*;
import java.time.Instant;
import java.util.UUID;
@Entity @Table(name = "device_codes") public class DeviceCode { @Id private UUID id; @Column(name = "user_code", nullable = false, unique = true, length = 200) private String userCode; @Column(name = "device_code", nullable = false, unique = true, length = 200) private String deviceCode; @Column(name = "client_id", nullable = false, length = 200) private String clientId; private Instant expiration; @Column(columnDefinition = "text") private String data; }
