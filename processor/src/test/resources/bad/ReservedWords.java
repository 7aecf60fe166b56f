package test.bad;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "order")
public class ReservedWords {
  @Id
  private long id;

  private String user;

  @Column(name = "`limit`")
  private long limit;
}
