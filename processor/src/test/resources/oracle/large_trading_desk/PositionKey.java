package oracle.largetradingdesk;

import jakarta.persistence.*;
import java.io.Serializable;
public class PositionKey implements Serializable { private Long bookId; private Long instrumentId; }
