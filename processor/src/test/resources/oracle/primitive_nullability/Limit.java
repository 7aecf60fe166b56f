package oracle.nullability;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Limit {
  @Id
  private long id;

  private long plain;

  @Column(name = "named")
  private long named;

  @Column(length = 10)
  private int sized;

  @Column(nullable = false)
  private int required;

  @Basic
  private double basic;

  @Basic(optional = true)
  private boolean basicOptional;

  @Basic(optional = false)
  private Integer basicRequired;
}
