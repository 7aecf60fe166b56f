package oracle.legacyproperty;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.math.BigDecimal;

@Entity
@Table(name = "ACCOUNT_POSITION", uniqueConstraints = @UniqueConstraint(columnNames = {"ACCOUNT_ID", "INSTRUMENT_ID"}))
public class Position extends PersistentObject {
  private Account acct;
  private Instrument instr;
  private BigDecimal qty;
  private Money cost;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "ACCOUNT_ID")
  public Account getAccount() {
    return acct;
  }

  public void setAccount(Account account) {
    this.acct = account;
  }

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "INSTRUMENT_ID")
  public Instrument getInstrument() {
    return instr;
  }

  public void setInstrument(Instrument instrument) {
    this.instr = instrument;
  }

  @Column(precision = 24, scale = 6, nullable = false)
  public BigDecimal getQuantity() {
    return qty;
  }

  public void setQuantity(BigDecimal quantity) {
    this.qty = quantity;
  }

  @Embedded
  @AttributeOverride(name = "amount", column = @Column(name = "BOOK_COST", precision = 19, scale = 4))
  @AttributeOverride(name = "currency", column = @Column(name = "BOOK_CCY", length = 3))
  public Money getBookCost() {
    return cost;
  }

  public void setBookCost(Money cost) {
    this.cost = cost;
  }
}
