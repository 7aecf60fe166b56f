package oracle.uuidkeys;

import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import java.util.Set;
import java.util.UUID;

/** UUID keys: every column that references one is a uuid too. */
@Entity
public class Account {
  @Id
  @GeneratedValue
  private UUID id;

  @ManyToOne
  private Account parent;

  @ManyToMany
  private Set<Account> linked;

  @ElementCollection
  private Set<String> aliases;
}
