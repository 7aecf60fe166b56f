package dev.tidemark.models.trading;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A tradable instrument and the contract terms that price it. Equities, futures and options keep
 * what only they have in a table of their own, joined by key; FX and bonds are plain instruments.
 */
@Entity
@Inheritance(strategy = InheritanceType.JOINED)
@Table(name = "instruments")
public class Instrument {

  public enum AssetClass { EQUITY, FUTURE, OPTION, FX, BOND }

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "instrument_ids")
  @SequenceGenerator(name = "instrument_ids", sequenceName = "instrument_id_seq", allocationSize = 20)
  private Long id;

  /** Widened from 32 in 0005: option symbols (OCC's 21 characters plus a venue suffix) outgrew it. */
  @Column(nullable = false, length = 64)
  private String symbol;

  @Enumerated(EnumType.STRING)
  @Column(name = "asset_class", nullable = false, length = 16)
  private AssetClass assetClass;

  @Column(nullable = false, length = 3)
  private String currency;

  @Column(name = "tick_size", nullable = false, precision = 20, scale = 8)
  private BigDecimal tickSize;

  @Column(name = "contract_multiplier", nullable = false, precision = 18, scale = 4)
  private BigDecimal contractMultiplier;

  @Column(name = "listed_on")
  private LocalDate listedOn;

  private boolean active;

  protected Instrument() {}

  public Instrument(String symbol, AssetClass assetClass, String currency, BigDecimal tickSize,
      BigDecimal contractMultiplier, LocalDate listedOn) {
    this.symbol = symbol;
    this.assetClass = assetClass;
    this.currency = currency;
    this.tickSize = tickSize;
    this.contractMultiplier = contractMultiplier;
    this.listedOn = listedOn;
    this.active = true;
  }

  public Long getId() {
    return id;
  }

  public String getSymbol() {
    return symbol;
  }

  public AssetClass getAssetClass() {
    return assetClass;
  }

  public String getCurrency() {
    return currency;
  }

  public BigDecimal getTickSize() {
    return tickSize;
  }

  public BigDecimal getContractMultiplier() {
    return contractMultiplier;
  }

  public LocalDate getListedOn() {
    return listedOn;
  }

  public boolean isActive() {
    return active;
  }
}
