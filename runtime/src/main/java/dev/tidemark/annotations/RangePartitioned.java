package dev.tidemark.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Makes an entity's table range-partitioned by a date or timestamp column
 * ({@code create table ... partition by range}). The primary key and every unique constraint must
 * include the column, as PostgreSQL requires; the build fails on the entity otherwise.
 *
 * <p>{@code Migrator.maintainPartitions()} keeps the partitions at boot: it creates the current one
 * and {@code premake} after it, and detaches or drops those past {@code retention}.
 *
 * <pre>{@code
 * @Entity
 * @IdClass(TradeKey.class)
 * @RangePartitioned(column = "trade_date", interval = "1 month", premake = 3, retention = "24 months")
 * public class Trade { @Id long id; @Id LocalDate tradeDate; ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface RangePartitioned {

  /** The partition column as the table names it, of type date or timestamp (with or without time zone). */
  String column();

  /** The span of one partition: {@code 1 day}, {@code 1 week}, {@code 1 month}, {@code 3 months}, {@code 1 year}. */
  String interval() default "1 month";

  /** How many partitions after the current one exist at all times. */
  int premake() default 3;

  /** How long a partition is kept once it ends, as an interval; empty keeps every partition. */
  String retention() default "";

  /** What happens to a partition past its retention. */
  Expired expired() default Expired.DETACH;

  /** What happens to a partition past its retention. */
  enum Expired {
    /** Detached concurrently: its rows stay, in a table of their own, to archive. */
    DETACH,
    /** Dropped, with its rows. */
    DROP
  }
}
