package oracle.associations;

import jakarta.persistence.Entity;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;

@Entity
@Table(name = "trades")
public class Trade {
  @Id
  private long id;

  @ManyToOne(optional = false)
  private Account account;

  @ManyToOne
  @JoinColumn(name = "instrument_ref", nullable = false, foreignKey = @ForeignKey(name = "trades_instrument_fk"))
  @OnDelete(action = OnDeleteAction.CASCADE)
  private Instrument instrument;

  @ManyToOne
  @JoinColumn(name = "account_code", referencedColumnName = "code")
  private Account bookedBy;

  @OneToOne
  private Trade correctionOf;
}
