package dev.tidemark.runtime.partition;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tidemark.runtime.json.CanonicalJson;
import dev.tidemark.runtime.json.ModelJson;
import dev.tidemark.runtime.operation.CustomOperation;
import dev.tidemark.runtime.operation.Operation;
import dev.tidemark.runtime.schema.PartitionInterval;
import dev.tidemark.runtime.schema.RangePartitioning;
import dev.tidemark.runtime.schema.Schema;
import dev.tidemark.runtime.schema.Table;
import dev.tidemark.runtime.sql.SqlStatement;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Changes a table's range partitioning from {@code from} to {@code to} (either may be
 * {@code null}: a plain table). With the same partition column it changes only the policy the
 * runtime keeps partitions by (interval, premake, retention), so it runs no statement. Any other
 * change rebuilds the table, which only a hand-written baseline SQL revision does.
 */
public record AlterRangePartitioning(String table, RangePartitioning from, RangePartitioning to)
    implements CustomOperation {

  public AlterRangePartitioning {
    Objects.requireNonNull(table, "table");
    if (Objects.equals(from, to)) {
      throw new IllegalArgumentException("partitioning of table " + table + " does not change");
    }
  }

  @Override
  public String kind() {
    return RangePartitioningExtension.KIND;
  }

  @Override
  public ObjectNode arguments() {
    ObjectNode node = CanonicalJson.object().put("table", table);
    if (from != null) {
      node.set("from", ModelJson.partitioning(from));
    }
    if (to != null) {
      node.set("to", ModelJson.partitioning(to));
    }
    return node;
  }

  @Override
  public List<SqlStatement> render(String schema) {
    needsHandWrittenRevision().ifPresent(reason -> {
      throw new IllegalStateException(reason);
    });
    return List.of();
  }

  @Override
  public CustomOperation inverse(Schema before) {
    return new AlterRangePartitioning(table, to, from);
  }

  /** Dropping partitions the old policy kept: a shorter retention, or dropping where it detached or kept all. */
  @Override
  public boolean losesData() {
    if (to == null || to.retention() == null || to.expired() != RangePartitioning.Expired.DROP) {
      return false;
    }
    if (from == null || from.retention() == null || from.expired() == RangePartitioning.Expired.DETACH) {
      return true;
    }
    LocalDate today = LocalDate.now();
    return cutoff(to.retention(), today).isAfter(cutoff(from.retention(), today));
  }

  /** The day before which partitions are past {@code retention}. */
  private static LocalDate cutoff(PartitionInterval retention, LocalDate today) {
    return retention.plus(today, -1);
  }

  @Override
  public Optional<String> needsHandWrittenRevision() {
    if (from != null && from.sameKey(to)) {
      return Optional.empty();
    }
    String change = from == null ? "become partitioned by range of " + to.column()
        : to == null ? "stop being partitioned"
        : "change its partition column from " + from.column() + " to " + to.column();
    return Optional.of("table " + table + " cannot " + change + " in place: PostgreSQL fixes partitioning when it"
        + " creates a table, so the table is rebuilt, rows and all. Write the conversion as an SQL revision marked"
        + " '-- tidemark:baseline' (README: Converting a table to a partitioned one)");
  }

  @Override
  public String subject() {
    return table;
  }

  @Override
  public String describe() {
    return "set range partitioning of " + table + " to " + (to == null ? "none" : policy(to));
  }

  private static String policy(RangePartitioning partitioning) {
    return "by " + partitioning.column() + " every " + partitioning.interval() + ", " + partitioning.premake()
        + " ahead" + (partitioning.retention() == null ? ""
        : ", " + partitioning.expired().name().toLowerCase(Locale.ROOT) + " after " + partitioning.retention());
  }

  @Override
  public Schema.Builder applyTo(Schema.Builder schema) {
    Table current = Operation.requireTable(schema, table);
    if (!Objects.equals(current.partitioning(), from)) {
      throw new IllegalStateException("table " + table + " is not partitioned as " + describe() + " expects");
    }
    return schema.withTable(current.withPartitioning(to));
  }
}
