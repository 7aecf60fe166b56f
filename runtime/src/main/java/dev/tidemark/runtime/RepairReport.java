package dev.tidemark.runtime;

import java.util.List;

/**
 * What {@code repair} did to applied drafts this build does not carry (a developer switched branches).
 *
 * @param schema the managed schema
 * @param reverted drafts undone (with the statements recorded when applied, or a manual draft's
 *     downgrade as this build has it) and removed from the history, newest first
 * @param forgotten manual drafts this build does not have: removed from the history, their changes
 *     left in the database for the developer to clean up or keep
 */
public record RepairReport(String schema, List<String> reverted, List<String> forgotten) {

  public RepairReport {
    reverted = List.copyOf(reverted);
    forgotten = List.copyOf(forgotten);
  }
}
