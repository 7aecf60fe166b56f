package oracle.largeidentityserver;

import jakarta.persistence.*;
import java.time.Instant;
@Entity @Table(name = "client_secrets") public class ClientSecret { @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Integer id; @ManyToOne(optional = false) @JoinColumn(name = "client_id") private Client client; @Column(nullable = false, length = 4000) private String value; @Column(length = 250) private String type; private Instant expiration; }
