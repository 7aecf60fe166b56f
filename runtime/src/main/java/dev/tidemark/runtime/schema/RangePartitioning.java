package dev.tidemark.runtime.schema;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/**
 * A table partitioned by range of a date or timestamp column ({@code partition by range}), with
 * the policy the runtime keeps its partitions by: created {@code premake} intervals ahead at
 * boot, and detached or dropped once older than {@code retention}.
 *
 * @param column the partition key column; every primary key and unique constraint must include it
 * @param interval the span of one partition
 * @param premake how many partitions after the current one exist at all times
 * @param retention how long a partition is kept after it ends, or {@code null} to keep every one
 * @param expired what happens to a partition past its retention
 */
public record RangePartitioning(String column, PartitionInterval interval, int premake, PartitionInterval retention,
    Expired expired) implements TablePart {

  private static final DateTimeFormatter PARTITION_SUFFIX = DateTimeFormatter.ofPattern("yyyyMMdd");
  /** {@code _p} and eight digits. */
  private static final int PARTITION_SUFFIX_LENGTH = 10;

  /** What happens to a partition past its retention. */
  public enum Expired {
    /** Detached concurrently: the rows stay, in a table of their own, for archiving. */
    DETACH,
    /** Dropped with its rows. */
    DROP
  }

  public RangePartitioning {
    PostgresNames.requireName(column, "partition column");
    Objects.requireNonNull(interval, "interval");
    Objects.requireNonNull(expired, "expired");
    if (premake < 0) {
      throw new IllegalArgumentException("premake is a number of partitions, at least 0: " + premake);
    }
  }

  /** Partitioned by month on {@code column}, three months made ahead, every partition kept. */
  public static RangePartitioning rangePartitioned(String column) {
    return new RangePartitioning(column, new PartitionInterval(1, PartitionInterval.Unit.MONTH), 3, null,
        Expired.DETACH);
  }

  public RangePartitioning interval(String text) {
    return new RangePartitioning(column, PartitionInterval.parse(text), premake, retention, expired);
  }

  public RangePartitioning premake(int partitions) {
    return new RangePartitioning(column, interval, partitions, retention, expired);
  }

  public RangePartitioning retention(String text, Expired then) {
    return new RangePartitioning(column, interval, premake, PartitionInterval.parse(text), then);
  }

  public RangePartitioning withColumnRenamed(String from, String to) {
    return column.equals(from) ? new RangePartitioning(to, interval, premake, retention, expired) : this;
  }

  /**
   * The partition of {@code table} that starts on {@code start}: {@code trades_p20261201}. A long
   * table name is cut, never the date: cutting the whole name at 63 bytes would give two months the
   * same name, and the second would never be created.
   */
  public static String partitionName(String table, LocalDate start) {
    String suffix = "_p" + PARTITION_SUFFIX.format(start);
    return PostgresNames.truncate(table, PostgresNames.MAX_IDENTIFIER_BYTES - suffix.length()) + suffix;
  }

  /** Whether {@code candidate} is named as a partition of {@code table} is ({@link #partitionName}). */
  public static boolean isPartitionName(String table, String candidate) {
    String prefix = PostgresNames.truncate(table, PostgresNames.MAX_IDENTIFIER_BYTES - PARTITION_SUFFIX_LENGTH);
    return candidate.length() == prefix.length() + PARTITION_SUFFIX_LENGTH && candidate.startsWith(prefix + "_p")
        && candidate.substring(prefix.length() + 2).chars().allMatch(Character::isDigit);
  }

  /** The same partition key: what {@code create table} fixed, which only a rebuild of the table changes. */
  public boolean sameKey(RangePartitioning other) {
    return other != null && column.equals(other.column);
  }
}
