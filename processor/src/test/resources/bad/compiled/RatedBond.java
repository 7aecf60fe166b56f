package test.bad.compiled;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

@Entity
public class RatedBond {
  @Id
  private long id;

  @Enumerated(EnumType.STRING)
  private Rating rating;
}
