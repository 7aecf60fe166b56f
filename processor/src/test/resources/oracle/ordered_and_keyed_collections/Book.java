package oracle.orderedcollections;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OrderColumn;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hibernate.annotations.Formula;

@Entity
public class Book {
  public enum Venue { XLON, XNYS, XPAR }

  @Id
  private Long id;

  @ElementCollection
  @OrderColumn
  private List<Integer> limits;

  @ElementCollection
  @CollectionTable(name = "book_steps")
  @OrderColumn(name = "step_no")
  @Column(name = "step", length = 20)
  private List<String> steps;

  @ElementCollection
  @MapKeyColumn(name = "ccy", length = 3)
  @Column(name = "amount")
  private Map<String, BigDecimal> cash;

  @ElementCollection
  @Enumerated(EnumType.STRING)
  private Set<Venue> venues;

  @ElementCollection
  private Set<Venue> ordinalVenues;

  @ManyToMany
  @OrderColumn
  private List<Trader> rota;

  @Formula("(select 1)")
  private Integer computed;
}
