package oracle.snaketablegenerator;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.TableGenerator;

/** A generator table under snake_case naming. */
@Entity
public class OrderTicket {
  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "tickets")
  @TableGenerator(name = "tickets", table = "IdBlocks", pkColumnName = "BlockName", valueColumnName = "NextValue")
  private long ticketId;
}
