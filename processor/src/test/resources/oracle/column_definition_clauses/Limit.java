package oracle.columndefinitionclauses;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

/** A columnDefinition is written verbatim: its default, not null and check hold too; an enum keeps its check. */
@Entity
public class Limit {
  @Id
  private long id;

  @Column(columnDefinition = "varchar(8) default 'USD' not null")
  private String currency;

  @Column(columnDefinition = "integer check (priority > 0)")
  private Integer priority;

  @Column(columnDefinition = "numeric(12,2) default 0")
  private java.math.BigDecimal amount;

  @Enumerated(EnumType.STRING)
  @Column(columnDefinition = "varchar(10)")
  private Kind kind;

  public enum Kind { SOFT, HARD }
}
