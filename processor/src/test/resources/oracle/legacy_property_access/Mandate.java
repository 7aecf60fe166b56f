package oracle.legacyproperty;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

@Embeddable
public class Mandate {
  private String kind;
  private LocalDate from;
  private LocalDate to;

  @Column(name = "MANDATE_TYPE", length = 20, nullable = false)
  public String getType() {
    return kind;
  }

  public void setType(String type) {
    this.kind = type;
  }

  public LocalDate getValidFrom() {
    return from;
  }

  public void setValidFrom(LocalDate validFrom) {
    this.from = validFrom;
  }

  public LocalDate getValidTo() {
    return to;
  }

  public void setValidTo(LocalDate validTo) {
    this.to = validTo;
  }
}
