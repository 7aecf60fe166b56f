package test.desks;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "desk")
public class Desk {
  @Id
  private long id;

  @Column(nullable = false, length = 40)
  private String name;
}
