package oracle.embeddablecollections;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OrderColumn;
import java.util.List;
import java.util.Set;

/** Element collections of embeddables: a collection table with the embeddable's columns. */
@Entity
public class Book {
  @Id
  private long id;

  @ElementCollection
  private List<Limit> limits;

  @ElementCollection
  @CollectionTable(name = "book_window")
  @OrderColumn
  private List<Window> windows;

  @ElementCollection
  private Set<Window> blackouts;

  @ElementCollection
  private Set<Tenor> tenors;
}
