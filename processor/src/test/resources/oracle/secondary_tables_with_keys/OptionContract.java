package oracle.secondarykeys;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.SecondaryTable;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A JOINED subclass with a secondary table of its own, keyed and referenced like its own table. */
@Entity
@Table(name = "option_contracts")
@SecondaryTable(name = "option_greeks")
public class OptionContract extends Instrument {
  @Column(precision = 20, scale = 6, nullable = false)
  private BigDecimal strike;

  private LocalDate expiry;

  @Column(table = "option_greeks")
  private Double delta;

  @Column(table = "option_greeks")
  private Double gamma;

  @Column(table = "option_greeks")
  private double vega;
}
