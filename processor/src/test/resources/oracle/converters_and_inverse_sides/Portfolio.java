package oracle.converters;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import java.math.BigDecimal;
import java.util.List;

@Entity
public class Portfolio {
  @Id
  private long id;

  @Convert(converter = CurrencyConverter.class)
  @Column(length = 3)
  private CurrencyCode baseCurrency;

  @Convert(converter = TickConverter.class)
  private BigDecimal tickValue;

  @OneToMany(mappedBy = "portfolio")
  private List<Holding> holdings;
}
