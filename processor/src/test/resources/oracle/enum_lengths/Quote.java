package oracle.enumlengths;

import jakarta.persistence.*;

@Entity
public class Quote {
  public enum Venue { XLON, XNYS, XPAR, XETR }
  public enum Kind { FIRM, INDICATIVE }
  @Id private long id;
  @Enumerated(EnumType.STRING) @Column(length = 8) private Venue venue;
  @Enumerated(EnumType.STRING) @Column(length = 12, nullable = false) private Kind kind;
  @Enumerated private Kind ordinalKind;
  @Enumerated(EnumType.ORDINAL) @Column(nullable = false) private Venue ordinalVenue;
}
