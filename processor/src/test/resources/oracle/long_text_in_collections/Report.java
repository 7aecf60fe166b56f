package oracle.longtextcollections;

import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.util.List;
import org.hibernate.Length;

/** A value column longer than any varchar is text, in a collection table as in an entity's. */
@Entity
public class Report {
  @Id
  private long id;

  @ElementCollection
  @Column(length = Length.LONG32)
  private List<String> paragraphs;
}
