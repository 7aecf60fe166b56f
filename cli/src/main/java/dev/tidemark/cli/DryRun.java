package dev.tidemark.cli;

import dev.tidemark.runtime.RepairReport;
import dev.tidemark.runtime.SqlScript;
import dev.tidemark.runtime.StampReport;
import java.util.List;

/**
 * What a changing verb would do, printed instead of done. The runtime's plan-only verbs decide it
 * with the real verb's rules and refusals; this class only words their answer.
 */
final class DryRun {

  private DryRun() {}

  /** An upgrade's or downgrade's plan: the script it would run, or that it would do nothing. */
  static void printScript(Output output, String verb, SqlScript plan) {
    if (plan.empty()) {
      output.line("-- dry run: schema " + plan.schema() + " is at " + plan.from() + "; " + verb + " would "
          + (plan.upgrade() ? "apply" : "revert") + " nothing");
      return;
    }
    output.line("-- dry run: " + verb + " would run the following; nothing was changed");
    output.line(plan.text());
  }

  /** Stamping runs no statements, only history rows: what it would record and remove. */
  static void printStamp(Output output, StampReport plan) {
    output.line("-- dry run: stamp would record schema " + plan.schema() + " at " + RevisionIds.orBase(plan.head())
        + " without running any statement of a revision");
    output.line("--   record as applied: " + listOrNothing(plan.recorded()));
    output.line("--   remove from the history: " + listOrNothing(plan.removed()));
  }

  static void printRepair(Output output, RepairReport plan) {
    output.line("-- dry run: repair would change the history of schema " + plan.schema() + " as follows;"
        + " nothing was changed");
    output.line("--   revert and remove from the history: " + listOrNothing(plan.reverted()));
    output.line("--   forget (its changes stay): " + listOrNothing(plan.forgotten()));
  }

  /** Revision ids joined, or "nothing": the reports and the dry runs list them alike. */
  static String listOrNothing(List<String> revisions) {
    return revisions.isEmpty() ? "nothing" : String.join(", ", revisions);
  }
}
