package oracle.largeidentityserver;

import jakarta.persistence.*;
import java.time.Instant;
import java.util.List;
import java.util.Set;
@Entity @Table(name = "users", indexes = @Index(name = "users_normalized_email_idx", columnList = "normalized_email")) public class AppUser { @Id @Column(length = 36) private String id; @Column(name = "user_name", nullable = false, unique = true, length = 256) private String userName; @Column(name = "normalized_email", length = 256) private String normalizedEmail; private boolean emailConfirmed; @Column(name = "password_hash") @Lob private String passwordHash; private boolean lockoutEnabled; private Instant lockoutEnd; private int accessFailedCount; @Version private int concurrencyStamp; @ManyToMany @JoinTable(name = "user_roles", joinColumns = @JoinColumn(name = "user_id"), inverseJoinColumns = @JoinColumn(name = "role_id")) private Set<Role> roles; @OneToMany(mappedBy = "user") private List<UserClaim> claims; @OneToMany(mappedBy = "user") private List<UserLogin> logins; }
