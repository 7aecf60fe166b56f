package oracle.jdbclists;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.net.InetAddress;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** JDBC type codes: a list as an array column, text without a length, an address as inet. */
@Entity
public class Screen {
  @Id
  private long id;

  @JdbcTypeCode(SqlTypes.ARRAY)
  private List<String> symbols;

  @JdbcTypeCode(SqlTypes.ARRAY)
  private List<Long> orderIds;

  @JdbcTypeCode(SqlTypes.LONG32VARCHAR)
  private String notes;

  @JdbcTypeCode(SqlTypes.INET)
  private InetAddress gateway;
}
