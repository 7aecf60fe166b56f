package oracle.fknames;

import jakarta.persistence.ConstraintMode;
import jakarta.persistence.Entity;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import java.util.Set;

/** Foreign keys named by @ForeignKey, or left out with NO_CONSTRAINT, wherever a mapping takes one. */
@Entity
@Inheritance(strategy = InheritanceType.JOINED)
public class Book {
  @Id
  private long id;

  @ManyToMany
  @JoinTable(name = "book_desk",
      joinColumns = @JoinColumn(name = "book_id"),
      inverseJoinColumns = @JoinColumn(name = "desk_id"),
      foreignKey = @ForeignKey(name = "fk_book_desk_book"),
      inverseForeignKey = @ForeignKey(ConstraintMode.NO_CONSTRAINT))
  private Set<Desk> desks;

  @ManyToMany
  @JoinTable(name = "book_reviewer",
      inverseForeignKey = @ForeignKey(name = "fk_book_reviewer_desk"))
  private Set<Desk> reviewers;
}
