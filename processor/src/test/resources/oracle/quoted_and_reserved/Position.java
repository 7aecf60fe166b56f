package oracle.quoted;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "`Position`")
public class Position {
  @Id
  private long id;

  @Column(name = "\"QuantityHeld\"")
  private long quantityHeld;

  @Column(name = "`desc`")
  private String description;
}
