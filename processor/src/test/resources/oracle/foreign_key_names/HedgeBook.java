package oracle.fknames;

import jakarta.persistence.Entity;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.PrimaryKeyJoinColumn;

@Entity
@PrimaryKeyJoinColumn(name = "book_id", foreignKey = @ForeignKey(name = "fk_hedge_book"))
public class HedgeBook extends Book {
  private String strategy;
}
