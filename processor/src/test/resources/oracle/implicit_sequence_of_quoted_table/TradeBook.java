package oracle.quotedsequence;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The implicit sequence of a quoted table is named after it, but unquoted. */
@Entity
@Table(name = "`TradeBook`")
public class TradeBook {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE)
  private long id;
}
