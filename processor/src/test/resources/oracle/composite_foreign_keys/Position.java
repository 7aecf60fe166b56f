package oracle.compositefk;
import jakarta.persistence.*;
@Entity @IdClass(PosKey.class) public class Position { @Id @Column(length = 16) String symbol; @Id Long account; }
