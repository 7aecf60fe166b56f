package oracle.legacyproperty;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Temporal;
import jakarta.persistence.TemporalType;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.util.Date;

/** The base class of a 2008-era back office: every mapping on the getters. */
@MappedSuperclass
public abstract class PersistentObject {
  private Long oid;
  private int revision;
  private Date createdOn;

  @Id
  @GeneratedValue
  public Long getId() {
    return oid;
  }

  public void setId(Long id) {
    this.oid = id;
  }

  @Version
  @Column(name = "REVISION")
  public int getRevision() {
    return revision;
  }

  public void setRevision(int revision) {
    this.revision = revision;
  }

  @Temporal(TemporalType.TIMESTAMP)
  @Column(name = "CREATED_ON", nullable = false, updatable = false)
  public Date getCreatedOn() {
    return createdOn;
  }

  public void setCreatedOn(Date createdOn) {
    this.createdOn = createdOn;
  }

  @Transient
  public boolean isNew() {
    return oid == null;
  }
}
