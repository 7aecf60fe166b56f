package oracle.derived;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinColumns;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;

/** One-to-ones to composite keys: one unique key over all the join columns. */
@Entity
public class AllocationReview {
  @Id
  @GeneratedValue
  private Long id;

  @OneToOne
  private Allocation allocation;

  @OneToOne
  @JoinColumns({
    @JoinColumn(name = "a_trader", referencedColumnName = "trader_id"),
    @JoinColumn(name = "z_book", referencedColumnName = "book_code"),
    @JoinColumn(name = "m_slot", referencedColumnName = "slot")
  })
  private Allocation counterpart;

  @ManyToOne
  private TraderProfile reviewer;

  @ManyToOne
  private DeskSeat seat;

  private String verdict;
}
