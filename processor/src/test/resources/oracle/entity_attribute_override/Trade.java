package oracle.entityoverride;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** An entity overrides the columns of attributes it inherits from a mapped superclass. */
@Entity
@AttributeOverrides({
    @AttributeOverride(name = "createdAt", column = @Column(name = "booked_at")),
    @AttributeOverride(name = "createdBy", column = @Column(name = "booked_by", length = 40, nullable = false))})
public class Trade extends Audited {
  @Id
  private long id;
}
