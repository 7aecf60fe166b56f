package oracle.enumsetnotnull;

import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.util.Set;

/** A set of enums that cannot be null: checked, and keyed by owner and value. */
@Entity
public class Trader {
  @Id
  private long id;

  @ElementCollection
  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private Set<Permission> permissions;

  public enum Permission { TRADE, APPROVE, VIEW }
}
