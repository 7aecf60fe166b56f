package dev.tidemark.runtime.internal.command;

import dev.tidemark.runtime.RepairReport;
import dev.tidemark.runtime.internal.HistoryRow;
import dev.tidemark.runtime.internal.PlannedStep;
import dev.tidemark.runtime.internal.UpgradePlan;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * {@code repair}: the way out for a developer who switched branches with a draft applied. Every
 * applied draft this build does not carry as applied is reverted where it can be and removed from
 * the history, newest first, so the next upgrade starts from what this build knows. Frozen
 * revisions are never touched.
 */
public final class RepairCommand {

  private final CommandContext context;

  public RepairCommand(CommandContext context) {
    this.context = context;
  }

  public RepairReport run() {
    return context.underLock("repair", this::repair);
  }

  /**
   * What {@link #run} would revert and forget; reads the history without the lock. A manual draft
   * is listed as reverted when this build has its class.
   */
  public RepairReport plan() {
    return context.withConnection("read the history", connection -> {
      List<String> reverted = new ArrayList<>();
      List<String> forgotten = new ArrayList<>();
      for (HistoryRow draft : staleDraftsNewestFirst(connection)) {
        boolean revertible = context.history().draftDowngrade(connection, draft.revision()).isPresent()
            || context.chain().migration(draft.revision()).isPresent();
        (revertible ? reverted : forgotten).add(draft.revision());
      }
      return new RepairReport(context.schema(), reverted, forgotten);
    });
  }

  private List<HistoryRow> staleDraftsNewestFirst(Connection connection) throws SQLException {
    List<HistoryRow> stale = new ArrayList<>(UpgradePlan.staleDrafts(context.chain(), context.readHistory(connection)));
    Collections.reverse(stale);
    return stale;
  }

  private RepairReport repair(Connection connection) throws SQLException {
    List<HistoryRow> stale = staleDraftsNewestFirst(connection);
    List<String> reverted = new ArrayList<>();
    List<String> forgotten = new ArrayList<>();
    for (HistoryRow draft : stale) {
      Optional<List<PlannedStep>> steps = DraftReverter.stepsToRevert(context, connection, draft);
      if (steps.isPresent()) {
        DraftReverter.revert(context, connection, draft, steps.get());
        reverted.add(draft.revision());
      } else {
        context.log().warn("Forgetting manual draft {} of schema {}: this build does not have its code to revert"
            + " it, so what it changed stays in the database", draft.revision(), context.schema());
        DraftReverter.revert(context, connection, draft, List.of());
        forgotten.add(draft.revision());
      }
    }
    return new RepairReport(context.schema(), reverted, forgotten);
  }
}
