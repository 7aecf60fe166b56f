package oracle.derived;

import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.MapsId;
import jakarta.persistence.OneToOne;
import java.util.HashSet;
import java.util.Set;

/** Shares its trader's key: the key column is the join column, named after the association. */
@Entity
public class TraderProfile {
  @Id
  @Column(name = "profile_id")
  private Long id;

  @MapsId
  @OneToOne
  private Trader trader;

  private String biography;

  @ElementCollection
  private Set<String> languages = new HashSet<>();
}
