package test.fills;

import dev.tidemark.annotations.RangePartitioned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.LocalDate;

@Entity
@RangePartitioned(column = "fill_date", interval = "1 fortnight")
public class Fill {
  @Id
  private long id;

  @Column(name = "fill_date", nullable = false)
  private LocalDate fillDate;
}
