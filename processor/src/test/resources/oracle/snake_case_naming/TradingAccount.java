package oracle.snake;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;

@Entity
@Table(indexes = @Index(columnList = "openedOn"))
public class TradingAccount {
  @Id
  @GeneratedValue
  private Long accountId;

  private String displayName;

  @Column(name = "baseCurrency", length = 3)
  private String baseCurrency;

  private LocalDate openedOn;

  @ManyToOne
  private TradingAccount parentAccount;
}
