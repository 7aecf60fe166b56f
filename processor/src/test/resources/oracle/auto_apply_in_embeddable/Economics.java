package oracle.autoapplyembedded;

import jakarta.persistence.Embeddable;

@Embeddable
public class Economics {
  private Rate rate;

  private Rate spread;
}
