package dev.tidemark.models.trading;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A listed share, identified by its ISIN and traded on its primary exchange. */
@Entity
@Table(name = "equities")
public class Equity extends Instrument {

  @Column(nullable = false, unique = true, length = 12)
  private String isin;

  /** ISO 10383 market identifier code of the primary listing, such as XNYS. */
  @Column(name = "primary_mic", nullable = false, length = 4)
  private String primaryMic;

  protected Equity() {}

  public Equity(String symbol, String currency, BigDecimal tickSize, LocalDate listedOn, String isin,
      String primaryMic) {
    super(symbol, AssetClass.EQUITY, currency, tickSize, BigDecimal.ONE, listedOn);
    this.isin = isin;
    this.primaryMic = primaryMic;
  }

  public String getIsin() {
    return isin;
  }

  public String getPrimaryMic() {
    return primaryMic;
  }
}
