package oracle.autoquoted;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** Names PostgreSQL cannot read unquoted: Hibernate quotes them by itself, keeping their case. */
@Entity
@Table(name = "trade-log")
public class TradeLog {
  @Id
  @GeneratedValue(generator = "log")
  @SequenceGenerator(name = "log", sequenceName = "trade log seq")
  private long id;

  @Column(name = "Entry Text")
  private String entry;

  @ManyToOne
  @JoinColumn(name = "desk id")
  private Desk desk;
}
