package dev.tidemark.runtime;

import java.util.List;
import java.util.stream.Collectors;

/**
 * What adopting a database without a Tidemark history found and did.
 *
 * @param schema the managed schema
 * @param outcome which of the deployment cases it was
 * @param revision the revision the history now ends at (or would, for a plan)
 * @param differences how the database differed from that revision's snapshot before adopting
 * @param bridge the statements that brought (or would bring) it there, in order
 * @param leftAlone tables, columns, sequences, constraints and indexes the model does not have;
 *     adopt never drops them, so they stay and {@code verify} keeps reporting them
 * @param upgrade what the upgrade of a fresh database applied, or {@code null} otherwise
 */
public record AdoptReport(String schema, Outcome outcome, String revision, List<Drift> differences,
    List<String> bridge, List<Drift> leftAlone, MigrationReport upgrade) {

  /** The deployment cases. */
  public enum Outcome {
    /** The schema was empty: it was upgraded like any new database. */
    FRESH,
    /** The catalog equals the snapshot of {@link #revision}: it was stamped there, nothing ran. */
    STAMPED,
    /** Part of the way there: the bridge ran and the head was stamped, in one transaction. */
    BRIDGED,
    /** A plan: the schema is empty and would be upgraded; nothing ran. */
    WOULD_UPGRADE,
    /** A plan: the catalog equals the snapshot of {@link #revision} and would be stamped there; nothing ran. */
    WOULD_STAMP,
    /** A plan: part of the way there, the bridge would run and {@link #revision} be stamped; nothing ran. */
    WOULD_BRIDGE
  }

  public AdoptReport {
    differences = List.copyOf(differences);
    bridge = List.copyOf(bridge);
    leftAlone = List.copyOf(leftAlone);
  }

  /** A few lines for a console. */
  public String summary() {
    String head = "schema " + schema + ": " + switch (outcome) {
      case FRESH -> "empty, upgraded to " + revision;
      case STAMPED -> "matches revision " + revision + ", stamped without running anything";
      case BRIDGED -> "bridged to revision " + revision + " with " + bridge.size() + " statement(s)";
      case WOULD_UPGRADE -> "empty, would be upgraded to " + revision;
      case WOULD_STAMP -> "matches revision " + revision + ", would be stamped without running anything";
      case WOULD_BRIDGE -> "would be bridged to revision " + revision + " with " + bridge.size() + " statement(s)";
    };
    return head + "\n"
        + differences.stream().map(drift -> "  differs: " + drift.describe() + "\n").collect(Collectors.joining())
        + bridge.stream().map(sql -> "  " + sql + ";\n").collect(Collectors.joining())
        + leftAlone.stream().map(drift -> "  left alone: " + drift.describe() + "\n").collect(Collectors.joining());
  }
}
