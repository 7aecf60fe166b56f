package oracle.tablegenerator;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.TableGenerator;

/** GenerationType.TABLE keeps the next values in a table of its own. */
@Entity
public class Ticket {
  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "tickets")
  @TableGenerator(name = "tickets", table = "id_blocks", pkColumnName = "block", valueColumnName = "next_id",
      pkColumnValue = "ticket", allocationSize = 20)
  private long id;
}
