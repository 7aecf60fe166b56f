package test.desks;

import dev.tidemark.annotations.Acknowledge;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "desk")
@Acknowledge(rule = "TM102", on = "risk_limit", reason = "unused since release 41, backed up")
public class Desk {
  @Id
  private long id;

  @Acknowledge(rule = "TM103", reason = "no desk name is longer than 20")
  @Column(nullable = false, length = 20)
  private String name;
}
