package oracle.largeidentityserver;

import jakarta.persistence.*;
@Entity @Table(name = "user_logins") public class UserLogin { @EmbeddedId private UserLoginKey key; @Column(name = "provider_display_name") private String providerDisplayName; @ManyToOne(optional = false) @JoinColumn(name = "user_id") private AppUser user; }
