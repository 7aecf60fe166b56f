package oracle.largeidentityserver;

import jakarta.persistence.*;
import java.io.Serializable;
@Embeddable public class UserLoginKey implements Serializable { @Column(name = "login_provider", length = 128) private String loginProvider; @Column(name = "provider_key", length = 128) private String providerKey; }
