package oracle.largeidentityserver;

import jakarta.persistence.*;
import java.util.Set;
@Entity @Table(name = "api_scopes") public class ApiScope { @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Integer id; @Column(nullable = false, unique = true, length = 200) private String name; @Column(name = "display_name", length = 200) private String displayName; private boolean required; private boolean emphasize; @ElementCollection @CollectionTable(name = "api_scope_claims", joinColumns = @JoinColumn(name = "scope_id")) @Column(name = "type", length = 200) private Set<String> userClaims; }
