package oracle.annotations;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Temporal;
import jakarta.persistence.TemporalType;
import jakarta.persistence.Version;
import java.math.BigInteger;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.Date;
import java.util.Map;
import org.hibernate.annotations.ColumnDefault;
import org.hibernate.annotations.Comment;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Comment("a trading book")
public class Book {
  @Id
  private long id;

  @Version
  private Integer version;

  @ColumnDefault("0")
  private Integer priority;

  @ColumnDefault("'USD'")
  @Column(length = 3)
  private String currency;

  @Comment("who runs it")
  private String owner;

  @JdbcTypeCode(SqlTypes.JSON)
  private Map<String, Object> attributes;

  @Lob
  private String notes;

  @Lob
  private byte[] snapshot;

  private byte[] signature;

  private Duration holdingPeriod;

  private BigInteger notionalUnits;

  @Temporal(TemporalType.DATE)
  private Date openedOn;

  @Temporal(TemporalType.TIMESTAMP)
  private Date reviewedAt;

  private Timestamp lastTouched;

  @Column(columnDefinition = "text")
  private String memo;

  @Column(columnDefinition = "varchar(20)")
  private String shortCode;
}
