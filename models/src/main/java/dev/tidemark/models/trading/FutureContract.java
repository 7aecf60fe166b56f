package dev.tidemark.models.trading;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A futures contract of one delivery month; the multiplier of its instrument is the contract size. */
@Entity
@Table(name = "futures")
public class FutureContract extends Instrument {

  @Column(name = "contract_month", nullable = false, length = 6)
  private String contractMonth;

  @Column(name = "last_trading_day", nullable = false)
  private LocalDate lastTradingDay;

  protected FutureContract() {}

  public FutureContract(String symbol, String currency, BigDecimal tickSize, BigDecimal contractSize,
      LocalDate listedOn, String contractMonth, LocalDate lastTradingDay) {
    super(symbol, AssetClass.FUTURE, currency, tickSize, contractSize, listedOn);
    this.contractMonth = contractMonth;
    this.lastTradingDay = lastTradingDay;
  }

  public String getContractMonth() {
    return contractMonth;
  }

  public LocalDate getLastTradingDay() {
    return lastTradingDay;
  }
}
