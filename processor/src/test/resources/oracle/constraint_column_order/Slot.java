package oracle.constraintorder;

import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import org.hibernate.annotations.NaturalId;

@Entity
@Table(uniqueConstraints = @UniqueConstraint(columnNames = {"code", "region", "weight"}))
public class Slot {
  @EmbeddedId
  private SlotKey key;

  private String code;

  @Column(length = 8)
  private String region;

  private Integer weight;

  @NaturalId
  private String isin;

  @NaturalId
  private Long venueId;
}
