package oracle.autoapply;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** An autoApply converter converts every attribute of its type, unless one disables it. */
@Entity
public class Account {
  @Id
  private long id;

  private Money balance;

  @Convert(disableConversion = true)
  private Money raw;
}
