package oracle.fknames;

import jakarta.persistence.ConstraintMode;
import jakarta.persistence.Entity;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinColumns;
import jakarta.persistence.ManyToOne;

@Entity
@IdClass(TraderKey.class)
public class Trader {
  @Id
  private String desk;

  @Id
  private int seat;

  @ManyToOne
  @JoinColumns(value = {
      @JoinColumn(name = "mentor_desk", referencedColumnName = "desk"),
      @JoinColumn(name = "mentor_seat", referencedColumnName = "seat")},
      foreignKey = @ForeignKey(name = "fk_trader_mentor"))
  private Trader mentor;

  @ManyToOne
  @JoinColumns(value = {
      @JoinColumn(name = "backup_desk", referencedColumnName = "desk"),
      @JoinColumn(name = "backup_seat", referencedColumnName = "seat")},
      foreignKey = @ForeignKey(ConstraintMode.NO_CONSTRAINT))
  private Trader backup;
}
