package dev.tidemark.cli;

import dev.tidemark.runtime.ErrorCode;
import dev.tidemark.runtime.Migrator;
import dev.tidemark.runtime.SqlScript;
import dev.tidemark.runtime.StatusReport;
import dev.tidemark.runtime.TidemarkException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What a changing verb would do, printed instead of done. The runtime has no plan-only form of
 * upgrade, downgrade or stamp, so the range is worked out here from the status and the catalog,
 * and the SQL is the offline script of that range: the statements the verb runs, in its order.
 */
final class DryRun {

  private DryRun() {}

  static void printUpgrade(Output output, Migrator migrator, RevisionIds ids, StatusReport status, String target,
      boolean devMode) {
    if (status.aheadOfCode()) {
      output.line("-- dry run: schema " + status.schema() + " is ahead of this build (" + status.ahead()
          + "); upgrade would apply nothing");
      return;
    }
    int from = ids.applied(status);
    int to = ids.position(target);
    if (!status.staleDrafts().isEmpty()) {
      output.line("-- dry run: upgrade would first revert the stale draft(s) " + status.staleDrafts()
          + " (dev mode) with the statements recorded when they were applied; they are not shown");
    }
    if (to <= from) {
      output.line("-- dry run: schema " + status.schema() + " is at " + ids.nameAt(from) + "; upgrade to " + target
          + " would apply nothing");
      return;
    }
    // The offline script does not refuse drafts; the upgrade it stands for does.
    ids.between(from, to).stream().filter(status.drafts()::contains).findFirst()
        .filter(draft -> !devMode)
        .ifPresent(draft -> {
          throw TidemarkException.of(ErrorCode.DRAFT_REFUSED, "draft revision " + draft + " of schema "
              + status.schema() + " is applied only in dev mode (--dev)");
        });
    printScript(output, "upgrade", migrator.sql(ids.nameAt(from) + ":" + ids.nameAt(to)));
  }

  static void printDowngrade(Output output, Migrator migrator, RevisionIds ids, StatusReport status, String target) {
    if (status.aheadOfCode()) {
      throw TidemarkException.of(ErrorCode.DATABASE_AHEAD, "schema " + status.schema() + " has revisions "
          + status.ahead() + " this build does not know, so it cannot revert them; downgrade with the build that"
          + " applied them");
    }
    int from = ids.applied(status);
    int to = downgradeTarget(ids, from, target);
    if (to == from) {
      output.line("-- dry run: schema " + status.schema() + " is at " + ids.nameAt(from) + "; downgrade to " + target
          + " would revert nothing");
      return;
    }
    printScript(output, "downgrade", migrator.sql(ids.nameAt(from) + ":" + ids.nameAt(to)));
  }

  /** Stamping runs no statements, only history rows: what it would record and remove. */
  static void printStamp(Output output, RevisionIds ids, StatusReport status, String target) {
    int from = ids.applied(status);
    int to = ids.position(target);
    List<String> removed = new ArrayList<>(status.ahead());
    if (to < from) {
      removed.addAll(ids.between(to, from));
    }
    Collections.reverse(removed);
    List<String> recorded = to > from ? ids.between(from, to) : List.of();
    output.line("-- dry run: stamp would record schema " + status.schema() + " at " + ids.nameAt(to)
        + " without running any statement of a revision");
    output.line("--   record as applied: " + (recorded.isEmpty() ? "nothing" : String.join(", ", recorded)));
    output.line("--   remove from the history: " + (removed.isEmpty() ? "nothing" : String.join(", ", removed)));
  }

  static void printScript(Output output, String verb, SqlScript script) {
    output.line("-- dry run: " + verb + " would run the following; nothing was changed");
    output.line(script.text());
  }

  /** As the downgrade resolves it: {@code -N} steps back from what is applied, else base or a revision id. */
  private static int downgradeTarget(RevisionIds ids, int applied, String target) {
    int position;
    if (target.matches("-[0-9]+")) {
      position = applied - Integer.parseInt(target.substring(1));
      if (position < 0) {
        throw TidemarkException.of(ErrorCode.UNKNOWN_REVISION, "only " + applied + " revision(s) are applied; "
            + target + " goes below the base");
      }
    } else {
      position = ids.position(target);
    }
    if (position > applied) {
      throw TidemarkException.of(ErrorCode.UNKNOWN_REVISION, "revision " + target + " is not applied yet;"
          + " a downgrade only goes back. Use upgrade " + target);
    }
    return position;
  }
}
