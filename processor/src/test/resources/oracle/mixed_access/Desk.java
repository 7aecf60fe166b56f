package oracle.mixedaccess;

import jakarta.persistence.Access;
import jakarta.persistence.AccessType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** Field access by its own @Access, under a superclass mapped through getters. */
@Entity
@Table(name = "desks")
@Access(AccessType.FIELD)
public class Desk extends Keyed {
  @Column(name = "desk_code", length = 8, nullable = false, unique = true)
  private String code;

  private String region;

  /** The embeddable is read through its getters, as this attribute says. */
  @Embedded
  @Access(AccessType.PROPERTY)
  private Limits limits;

  /** Hibernate reads an attribute marked @Access(PROPERTY) through its getter and setter. */
  public Limits getLimits() {
    return limits;
  }

  public void setLimits(Limits limits) {
    this.limits = limits;
  }

  /** Not an attribute: the class reads fields, and this getter has no @Access. */
  public String getLabel() {
    return code + "@" + region;
  }
}
