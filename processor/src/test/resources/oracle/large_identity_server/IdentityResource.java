package oracle.largeidentityserver;

import jakarta.persistence.*;
import java.util.Set;
@Entity @Table(name = "identity_resources") public class IdentityResource { @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Integer id; @Column(nullable = false, unique = true, length = 200) private String name; private boolean required; @ElementCollection @CollectionTable(name = "identity_resource_claims", joinColumns = @JoinColumn(name = "identity_resource_id")) @Column(name = "type", length = 200) private Set<String> userClaims; }
