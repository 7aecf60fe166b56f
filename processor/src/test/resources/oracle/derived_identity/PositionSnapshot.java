package oracle.derived;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinColumns;
import jakarta.persistence.ManyToOne;
import java.time.LocalDate;
import org.hibernate.annotations.NaturalId;

/**
 * A natural id through associations: a simple key's join column, and every join column a composite
 * key's @JoinColumns name, in their written order.
 */
@Entity
public class PositionSnapshot {
  @Id
  @GeneratedValue
  private Long id;

  @ManyToOne
  private Position position;

  @NaturalId
  private LocalDate takenOn;

  @NaturalId
  @ManyToOne
  private TraderLimits limits;

  @NaturalId
  @ManyToOne
  @JoinColumns({
    @JoinColumn(name = "hedge_symbol", referencedColumnName = "symbol"),
    @JoinColumn(name = "hedge_book", referencedColumnName = "book_code"),
    @JoinColumn(name = "hedge_day", referencedColumnName = "asOf")
  })
  private Position hedge;

  private double markToMarket;
}
