package oracle.morebasic;
import jakarta.persistence.*;
import java.time.*;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
@Entity public class Times { @Id Long id; OffsetTime ot; Year y; YearMonth ym; MonthDay md; ZoneOffset zo; ZoneId zid; Period p; java.util.Calendar cal; java.util.Currency ccy; java.util.Locale loc; java.net.URL url; java.util.TimeZone tz; java.sql.Time st; Class<?> klass;
  @JdbcTypeCode(SqlTypes.LONGVARCHAR) String longText; @JdbcTypeCode(SqlTypes.INET) java.net.InetAddress ip; @JdbcTypeCode(SqlTypes.UUID) String uuidText; @JdbcTypeCode(SqlTypes.CHAR) String ch; @JdbcTypeCode(SqlTypes.VARCHAR) java.util.UUID uuidAsText; @JdbcTypeCode(SqlTypes.JSON) String jsonText; @JdbcTypeCode(SqlTypes.ARRAY) String[] tags; String[] labels; int[] nums; @JdbcTypeCode(SqlTypes.SMALLINT) Integer small; }
