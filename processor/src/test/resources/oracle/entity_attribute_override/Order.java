package oracle.entityoverride;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "orders")
@AttributeOverride(name = "createdBy", column = @Column(name = "entered_by"))
public class Order extends Audited {
  @Id
  private long id;
}
