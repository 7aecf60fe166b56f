package oracle.collectiontableconstraints;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.UniqueConstraint;
import java.util.List;

/** Unique constraints and indexes declared on join and collection tables. */
@Entity
public class Account {
  @Id
  private long id;

  @ElementCollection
  @CollectionTable(name = "account_alias", joinColumns = @JoinColumn(name = "account_id"),
      uniqueConstraints = @UniqueConstraint(name = "uk_alias", columnNames = "aliases"),
      indexes = @Index(name = "ix_alias_account", columnList = "account_id"))
  private List<String> aliases;

  @ManyToMany
  @JoinTable(name = "account_owner",
      uniqueConstraints = @UniqueConstraint(columnNames = {"owners_id", "Account_id"}),
      indexes = @Index(columnList = "owners_id"))
  private List<Owner> owners;
}
