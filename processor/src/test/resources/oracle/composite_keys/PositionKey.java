package oracle.keys;

import java.io.Serializable;

public class PositionKey implements Serializable {
  private String symbol;
  private Long account;
}
