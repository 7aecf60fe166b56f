package oracle.mixedaccess;

import jakarta.persistence.Access;
import jakarta.persistence.AccessType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.math.BigDecimal;

/** Field access from its @Id field, with one attribute read through a getter that normalizes it. */
@Entity
@Table(name = "books")
public class Book {
  @Id
  @Column(name = "book_code", length = 16)
  private String code;

  @ManyToOne(optional = false)
  private Desk desk;

  /** The getter below maps this name; JPA asks to mark the field @Transient. */
  @Transient
  private String currency;

  private BigDecimal pnlLimit;

  @Access(AccessType.PROPERTY)
  @Column(name = "base_ccy", length = 3, nullable = false)
  public String getCurrency() {
    return currency == null ? null : currency.toUpperCase();
  }

  public void setCurrency(String currency) {
    this.currency = currency;
  }

  /** Not read: the class uses field access. */
  @Column(name = "not_a_column")
  public String getSummary() {
    return code + " " + currency;
  }
}
