package oracle.longembedded;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import org.hibernate.Length;

/** Text columns inside an embeddable, and a char[] of a given length. */
@Entity
public class Filing {
  @Id
  private long id;

  @Embedded
  private Body body;

  @Column(length = 16)
  private char[] reference;

  @Embeddable
  public static class Body {
    @Column(length = Length.LONG32)
    private String text;

    @Column(length = Length.LONG16)
    private String summary;
  }
}
