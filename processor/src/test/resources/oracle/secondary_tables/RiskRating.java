package oracle.secondary;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/** Its own columns name the secondary table they live in. */
@Embeddable
public class RiskRating {
  public enum Grade { AAA, AA, A, BBB, BB, B, CCC }

  @Column(name = "rating_grade", table = "counterparty_limits", length = 3)
  @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
  private Grade grade;

  @Column(name = "rated_on", table = "counterparty_limits")
  private LocalDate ratedOn;
}
