package oracle.collections;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.util.List;
import java.util.Set;

@Entity
@Table(name = "books")
public class Book {
  @Id
  private Long id;

  @OneToMany
  @JoinColumn(name = "book_id")
  private List<Fill> fills;

  @ManyToMany
  private Set<Trader> traders;

  @ManyToMany
  @JoinTable(name = "book_desks", joinColumns = @JoinColumn(name = "book"), inverseJoinColumns = @JoinColumn(name = "desk"))
  private List<Desk> desks;

  @ElementCollection
  private Set<String> tags;

  @ElementCollection
  @CollectionTable(name = "book_limits")
  @Column(name = "limit_value")
  private List<Integer> limits;
}
