package oracle.mixedsingle;

import jakarta.persistence.DiscriminatorColumn;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "books")
@DiscriminatorColumn(name = "book_type", length = 16)
public class Book {
  @Id
  private Long id;

  private String name;

  private Limits limits;
}
