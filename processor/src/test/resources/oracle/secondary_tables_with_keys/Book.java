package oracle.secondarykeys;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.SecondaryTable;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** Mapped through getters, its limits in a secondary table. */
@Entity
@Table(name = "books")
@SecondaryTable(name = "book_limits")
public class Book {
  private String code;
  private String desk;
  private BigDecimal var;
  private BigDecimal stopLoss;

  @Id
  @Column(length = 12)
  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  @Column(length = 40, nullable = false)
  public String getDesk() {
    return desk;
  }

  public void setDesk(String desk) {
    this.desk = desk;
  }

  @Column(name = "var_limit", table = "book_limits", precision = 20, scale = 2)
  public BigDecimal getValueAtRisk() {
    return var;
  }

  public void setValueAtRisk(BigDecimal valueAtRisk) {
    this.var = valueAtRisk;
  }

  @Column(table = "book_limits", precision = 20, scale = 2)
  public BigDecimal getStopLoss() {
    return stopLoss;
  }

  public void setStopLoss(BigDecimal stopLoss) {
    this.stopLoss = stopLoss;
  }
}
