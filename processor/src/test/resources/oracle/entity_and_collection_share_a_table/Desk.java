package oracle.sharedtable;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.MapKeyColumn;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Collections whose tables are also entities' tables, as in legacy schemas mapped twice: Hibernate
 * merges each into the entity's table. A set or bag keeps the entity's key; a keyed map's key replaces it.
 */
@Entity
public class Desk {
  @Id
  private Long id;

  @Column(nullable = false)
  private String name;

  @ElementCollection
  @CollectionTable(name = "desk_phone")
  private Set<String> phoneNumbers = new HashSet<>();

  @ElementCollection
  @CollectionTable(name = "desk_alias")
  private List<String> aliases = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "desk_limit")
  @MapKeyColumn(name = "currency", length = 3)
  @Column(name = "amount", precision = 18, scale = 2)
  private Map<String, BigDecimal> limits = new HashMap<>();
}
