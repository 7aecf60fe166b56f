package oracle.accessoftheentityinembeddables;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/** Field access for the hierarchy, from where its @Id is. */
@MappedSuperclass
public abstract class Audited {
  @Id
  @GeneratedValue
  private Long id;

  @Column(name = "created_by", length = 40)
  private String createdBy;
}
