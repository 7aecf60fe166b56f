package oracle.largeidentityserver;

import jakarta.persistence.*;
@Entity @Table(name = "user_claims") public class UserClaim { @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Integer id; @ManyToOne(optional = false) @JoinColumn(name = "user_id") private AppUser user; @Column(name = "claim_type", length = 200) private String claimType; @Column(name = "claim_value", length = 2000) private String claimValue; }
