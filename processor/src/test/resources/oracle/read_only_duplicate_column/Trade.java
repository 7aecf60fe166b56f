package oracle.readonlycolumn;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/** A column mapped twice, once read-only: the key of an association beside the association. */
@Entity
public class Trade {
  @Id
  private long id;

  @ManyToOne
  @JoinColumn(name = "desk_id")
  private Desk desk;

  @Column(name = "desk_id", insertable = false, updatable = false)
  private Long deskId;

  @Column(name = "book", nullable = false)
  private String book;

  @ManyToOne
  @JoinColumn(name = "book", referencedColumnName = "code", insertable = false, updatable = false)
  private Book bookEntity;
}
