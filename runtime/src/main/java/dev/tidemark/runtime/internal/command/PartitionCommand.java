package dev.tidemark.runtime.internal.command;

import static dev.tidemark.runtime.schema.PostgresNames.quote;

import dev.tidemark.runtime.PartitionReport;
import dev.tidemark.runtime.internal.UpgradePlan;
import dev.tidemark.runtime.schema.PostgresNames;
import dev.tidemark.runtime.schema.RangePartitioning;
import dev.tidemark.runtime.schema.Table;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code maintain partitions}: for every range-partitioned table of the revision the database is
 * at, creates the current partition and {@code premake} after it, and detaches (then, by policy,
 * drops) those past their retention. It runs under the schema's advisory lock and looks before it
 * acts, so concurrent boots and reruns do each thing once.
 *
 * <p>A partition is made in the lock-friendly form: {@code create table ... (like parent ...)},
 * then {@code attach partition}, which takes only a SHARE UPDATE EXCLUSIVE lock on the parent,
 * both in one transaction. An expired partition is detached {@code concurrently}, outside any
 * transaction, so readers and writers of the parent never wait; a detach a crash interrupted is
 * finished ({@code finalize}) on the next run.
 */
public final class PartitionCommand {

  /**
   * The bounds of a range partition as {@code pg_get_expr} prints them:
   * {@code FOR VALUES FROM ('2026-01-01') TO ('2026-02-01')}, either side possibly {@code MINVALUE}
   * or {@code MAXVALUE}; timestamps carry a time after the date.
   */
  private static final Pattern BOUNDS = Pattern.compile(
      "FROM \\((MINVALUE|'([0-9]{4}-[0-9]{2}-[0-9]{2})[^']*')\\) TO \\((MAXVALUE|'([0-9]{4}-[0-9]{2}-[0-9]{2})[^']*')\\)");

  private final CommandContext context;

  public PartitionCommand(CommandContext context) {
    this.context = context;
  }

  /** Maintains every partitioned table as of {@code today}. */
  public PartitionReport run(LocalDate today) {
    return context.underLock("maintain the partitions", connection -> {
      UpgradePlan plan = UpgradePlan.of(context.chain(), context.readHistory(connection), false);
      List<String> created = new ArrayList<>();
      List<String> detached = new ArrayList<>();
      List<String> dropped = new ArrayList<>();
      inUtc(connection, () -> {
        for (Table table : context.chain().schemaAfter(plan.appliedCount(context.chain())).tables()) {
          if (table.partitioning() != null) {
            premake(connection, table, today, created);
            expire(connection, table, today, detached, dropped);
          }
        }
      });
      return new PartitionReport(context.schema(), created, detached, dropped);
    });
  }

  private void premake(Connection connection, Table table, LocalDate today, List<String> created) throws SQLException {
    RangePartitioning partitioning = table.partitioning();
    LocalDate current = partitioning.interval().floor(today);
    List<AttachedPartition> attached = attached(connection, table.name());
    for (int ahead = 0; ahead <= partitioning.premake(); ahead++) {
      LocalDate start = partitioning.interval().plus(current, ahead);
      LocalDate end = partitioning.interval().plus(start, 1);
      String partition = RangePartitioning.partitionName(table.name(), start);
      // A partition attached by hand, such as the old rows of a converted table, may cover the range already.
      boolean covered = attached.stream().anyMatch(existing -> existing.overlaps(start, end));
      if (!covered && !exists(connection, partition)) {
        inTransaction(connection, List.of(
            "create table " + qualified(partition) + " (like " + qualified(table.name())
                + " including defaults including constraints including indexes including storage including comments)",
            "alter table " + qualified(table.name()) + " attach partition " + qualified(partition)
                + " for values from ('" + start + "') to ('" + end + "')"));
        context.log().info("Created partition {} of {}.{} from {}", partition, context.schema(), table.name(), start);
        created.add(partition);
      }
    }
  }

  private void expire(Connection connection, Table table, LocalDate today, List<String> detached, List<String> dropped)
      throws SQLException {
    RangePartitioning partitioning = table.partitioning();
    if (partitioning.retention() == null) {
      return;
    }
    LocalDate cutoff = partitioning.retention().plus(today, -1);
    for (AttachedPartition partition : attached(connection, table.name())) {
      if (partition.end() == null || partition.end().isAfter(cutoff)) {
        continue;
      }
      try (Statement statement = connection.createStatement()) {
        statement.execute("alter table " + qualified(table.name()) + " detach partition " + qualified(partition.name())
            + (partition.detachPending() ? " finalize" : " concurrently"));
        detached.add(partition.name());
        if (partitioning.expired() == RangePartitioning.Expired.DROP) {
          statement.execute("drop table " + qualified(partition.name()));
          dropped.add(partition.name());
        }
      }
      context.log().info("Partition {} of {}.{} ended on or before {}, past its retention of {}: {}", partition.name(),
          context.schema(), table.name(), cutoff, partitioning.retention(),
          partitioning.expired() == RangePartitioning.Expired.DROP ? "dropped" : "detached");
    }
  }

  /**
   * A partition of a table: its range, {@code null} on an unbounded side (or for a default
   * partition, both), and whether a detach of it was interrupted.
   */
  private record AttachedPartition(String name, LocalDate start, LocalDate end, boolean detachPending) {

    static AttachedPartition of(String name, String bound, boolean detachPending) {
      Matcher bounds = BOUNDS.matcher(bound);
      if (!bounds.find()) {
        return new AttachedPartition(name, null, null, detachPending);
      }
      return new AttachedPartition(name, bounds.group(2) == null ? null : LocalDate.parse(bounds.group(2)),
          bounds.group(4) == null ? null : LocalDate.parse(bounds.group(4)), detachPending);
    }

    /** Whether it holds any day of {@code [from, to)}; a default partition holds no range of its own. */
    boolean overlaps(LocalDate from, LocalDate to) {
      boolean bounded = start != null || end != null;
      return bounded && (start == null || start.isBefore(to)) && (end == null || end.isAfter(from));
    }
  }

  private List<AttachedPartition> attached(Connection connection, String table) throws SQLException {
    try (PreparedStatement query = connection.prepareStatement("select c.relname, pg_get_expr(c.relpartbound, c.oid),"
        + " i.inhdetachpending from pg_inherits i join pg_class c on c.oid = i.inhrelid"
        + " join pg_class p on p.oid = i.inhparent join pg_namespace n on n.oid = p.relnamespace"
        + " where n.nspname = ? and p.relname = ? order by c.relname")) {
      query.setString(1, context.schema());
      query.setString(2, table);
      List<AttachedPartition> partitions = new ArrayList<>();
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          partitions.add(AttachedPartition.of(rows.getString(1), rows.getString(2), rows.getBoolean(3)));
        }
      }
      return partitions;
    }
  }

  private boolean exists(Connection connection, String relation) throws SQLException {
    try (PreparedStatement query = connection.prepareStatement("select 1 from pg_class c join pg_namespace n"
        + " on n.oid = c.relnamespace where n.nspname = ? and c.relname = ?")) {
      query.setString(1, context.schema());
      query.setString(2, relation);
      try (ResultSet row = query.executeQuery()) {
        return row.next();
      }
    }
  }

  private interface Work {
    void run() throws SQLException;
  }

  /**
   * Runs {@code work} with the session in UTC, so the bounds of a {@code timestamp with time zone}
   * partition are UTC days whatever the server's zone; the setting is reset after, a failure to
   * reset suppressed into the work's own failure.
   */
  private static void inUtc(Connection connection, Work work) throws SQLException {
    try (Statement session = connection.createStatement()) {
      session.execute("set time zone 'UTC'");
      Exception failure = null;
      try {
        work.run();
      } catch (SQLException | RuntimeException e) {
        failure = e;
        throw e;
      } finally {
        try {
          session.execute("reset time zone");
        } catch (SQLException resetFailure) {
          if (failure == null) {
            throw resetFailure;
          }
          failure.addSuppressed(resetFailure);
        }
      }
    }
  }

  /** Runs {@code statements} in one transaction, so a partition is created attached or not at all. */
  private static void inTransaction(Connection connection, List<String> statements) throws SQLException {
    connection.setAutoCommit(false);
    try (Statement statement = connection.createStatement()) {
      for (String sql : statements) {
        statement.execute(sql);
      }
      connection.commit();
    } catch (SQLException | RuntimeException e) {
      try {
        connection.rollback();
      } catch (SQLException rollbackFailure) {
        e.addSuppressed(rollbackFailure);
      }
      throw e;
    } finally {
      connection.setAutoCommit(true);
    }
  }

  private String qualified(String name) {
    return quote(context.schema()) + "." + quote(name);
  }
}
