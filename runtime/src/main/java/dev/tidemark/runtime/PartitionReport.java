package dev.tidemark.runtime;

import java.util.List;

/**
 * What one round of partition maintenance did; partitions are named {@code <table>_p<yyyymmdd>}
 * after the first day they hold.
 *
 * @param schema the managed schema
 * @param created partitions created ahead and attached
 * @param detached partitions past their retention, detached (their rows kept, in a table of their own)
 * @param dropped partitions past their retention, dropped with their rows
 */
public record PartitionReport(String schema, List<String> created, List<String> detached, List<String> dropped) {

  public PartitionReport {
    created = List.copyOf(created);
    detached = List.copyOf(detached);
    dropped = List.copyOf(dropped);
  }
}
