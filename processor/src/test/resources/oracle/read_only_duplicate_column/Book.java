package oracle.readonlycolumn;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Book {
  @Id
  private long id;

  @Column(unique = true)
  private String code;
}
