package oracle.constraints;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import org.hibernate.annotations.Check;
import org.hibernate.annotations.NaturalId;

@Entity
@Table(name = "desk",
    uniqueConstraints = {
      @UniqueConstraint(columnNames = {"code", "region"}),
      @UniqueConstraint(name = "desk_name_uk", columnNames = "name")
    },
    indexes = {
      @Index(columnList = "region, code desc"),
      @Index(name = "desk_head_idx", columnList = "headTrader"),
      @Index(name = "desk_alias_uidx", columnList = "alias", unique = true)
    })
@Check(constraints = "char_length(code) > 1")
public class Desk {
  @Id
  private long id;

  @Column(nullable = false)
  private String code;

  private String region;

  private String name;

  private String headTrader;

  private String alias;

  @Column(unique = true)
  private String ticker;

  @NaturalId
  private String isin;

  @Check(constraints = "max_positions >= 0")
  @Column(name = "max_positions")
  private Integer maxPositions;
}
