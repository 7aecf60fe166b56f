package dev.tidemark.runtime.internal.command;

import dev.tidemark.runtime.Revision;
import dev.tidemark.runtime.internal.HistoryRow;
import dev.tidemark.runtime.internal.PlannedStep;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** Undoes applied drafts the build no longer carries as applied: for dev-mode upgrades and {@code repair}. */
final class DraftReverter {

  private DraftReverter() {}

  /**
   * What undoes {@code draft}: the statements recorded when it was applied or, for a manual draft,
   * the downgrade of the class as this build has it; empty when this build does not have it.
   */
  static Optional<List<PlannedStep>> stepsToRevert(CommandContext context, Connection connection, HistoryRow draft)
      throws SQLException {
    Optional<List<String>> recorded = context.history().draftDowngrade(connection, draft.revision());
    if (recorded.isPresent()) {
      return Optional.of(PlannedStep.recorded(recorded.get()));
    }
    return context.chain().migration(draft.revision()).map(manual -> {
      // Said when planning too: a plan shows the same steps the revert would run.
      context.log().warn("Manual draft {} recorded no downgrade: it is reverted with the downgrade of the class as"
          + " this build has it", draft.revision());
      return context.downgradeSteps(manual);
    });
  }

  /** Runs {@code steps} and removes the draft's history row, in one transaction. */
  static void revert(CommandContext context, Connection connection, HistoryRow draft, List<PlannedStep> steps) {
    Revision revision = new Revision(draft.revision(), draft.parent(), "revert draft", draft.checksum(), true);
    context.executor().run(connection, revision, steps,
        (inTransaction, millis) -> context.history().delete(inTransaction, draft.revision()));
  }
}
