package oracle.derived;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Book {
  @Id
  @Column(length = 12)
  private String code;

  private String desk;
}
