package oracle.largeidentityserver;

import jakarta.persistence.*;
import java.util.Set;
@Entity @Table(name = "api_resources") public class ApiResource { @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Integer id; @Column(nullable = false, unique = true, length = 200) private String name; @Column(length = 1000) private String description; private boolean enabled; @ManyToMany @JoinTable(name = "api_resource_scopes", joinColumns = @JoinColumn(name = "api_resource_id"), inverseJoinColumns = @JoinColumn(name = "scope_id")) private Set<ApiScope> scopes; @ElementCollection @CollectionTable(name = "api_resource_claims", joinColumns = @JoinColumn(name = "api_resource_id")) @Column(name = "type", length = 200) private Set<String> userClaims; }
