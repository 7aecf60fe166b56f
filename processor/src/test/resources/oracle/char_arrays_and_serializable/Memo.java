package oracle.chararrays;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import java.io.Serializable;

/** A char[] is a string; a @Lob one is text; a Serializable is stored serialized. */
@Entity
public class Memo {
  @Id
  private long id;

  private char[] code;

  @Lob
  private char[] longText;

  private Serializable payload;
}
