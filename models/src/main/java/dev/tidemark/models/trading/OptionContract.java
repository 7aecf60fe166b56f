package dev.tidemark.models.trading;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

/** An option on another instrument: the right to buy (call) or sell (put) it at the strike. */
@Entity
@Table(name = "options", indexes = @Index(name = "options_underlying_expiry_idx",
    columnList = "underlying_id, expiry"))
public class OptionContract extends Instrument {

  public enum Right { CALL, PUT }

  public enum ExerciseStyle { AMERICAN, EUROPEAN }

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "underlying_id", nullable = false)
  private Instrument underlying;

  @Enumerated(EnumType.STRING)
  @Column(name = "option_right", nullable = false, length = 4)
  private Right right;

  @Enumerated(EnumType.STRING)
  @Column(name = "exercise_style", nullable = false, length = 8)
  private ExerciseStyle exerciseStyle;

  @Column(nullable = false, precision = 20, scale = 8)
  private BigDecimal strike;

  @Column(nullable = false)
  private LocalDate expiry;

  protected OptionContract() {}

  public OptionContract(String symbol, Instrument underlying, Right right, ExerciseStyle exerciseStyle,
      BigDecimal strike, LocalDate expiry, BigDecimal tickSize, BigDecimal contractMultiplier) {
    super(symbol, AssetClass.OPTION, underlying.getCurrency(), tickSize, contractMultiplier, null);
    this.underlying = underlying;
    this.right = right;
    this.exerciseStyle = exerciseStyle;
    this.strike = strike;
    this.expiry = expiry;
  }

  public Instrument getUnderlying() {
    return underlying;
  }

  public Right getRight() {
    return right;
  }

  public ExerciseStyle getExerciseStyle() {
    return exerciseStyle;
  }

  public BigDecimal getStrike() {
    return strike;
  }

  public LocalDate getExpiry() {
    return expiry;
  }
}
