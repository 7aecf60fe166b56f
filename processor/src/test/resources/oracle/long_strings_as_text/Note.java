package oracle.longstrings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import org.hibernate.Length;

/** A varchar longer than PostgreSQL's limit of 10485760 characters is text. */
@Entity
public class Note {
  @Id
  private long id;

  @Column(length = Length.LONG32)
  private String body;

  @Column(length = Integer.MAX_VALUE)
  private String appendix;

  @Column(length = Length.LONG)
  private String summary;

  @Column(length = 10485760)
  private String largest;

  @Column(length = 10485761)
  private String justAbove;
}
