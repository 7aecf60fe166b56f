package oracle.uncheckedconverters;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * Converters whose database type is neither a string nor an integer: Hibernate writes no check
 * for them, so nothing depends on running them.
 */
@Entity
@Table(name = "counterparties")
public class Counterparty {
  @Id
  private long id;

  @Column(nullable = false, length = 60)
  private String name;

  /** Null stored as false. */
  @Convert(converter = NullAsFalse.class)
  private Boolean sanctioned;

  @Convert(converter = PolarityAsBoolean.class)
  private Polarity exposure;

  @Convert(converter = NullAsFalse.class)
  @Column(name = "netting_agreed", nullable = false)
  private boolean nettingAgreed;
}
