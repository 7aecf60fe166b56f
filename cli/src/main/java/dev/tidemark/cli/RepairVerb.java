package dev.tidemark.cli;

import dev.tidemark.runtime.HistoryEntry;
import dev.tidemark.runtime.Migration;
import dev.tidemark.runtime.Migrator;
import dev.tidemark.runtime.RepairReport;
import dev.tidemark.runtime.Revision;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "repair", mixinStandardHelpOptions = true,
    description = "After a branch switch with a draft applied: revert the applied drafts this build does not carry"
        + " and remove them from the history, newest first. Frozen revisions are never touched.")
final class RepairVerb extends DatabaseVerb {

  @Option(names = "--dry-run", description = "Print the drafts repair would revert or forget; change nothing.")
  private boolean dryRun;

  @Override
  public Integer call() {
    Output output = output();
    Migrator migrator = migrator();
    if (dryRun) {
      List<String> stale = appliedDraftsNotCarried(migrator);
      output.line("-- dry run: repair would revert and remove from the history of schema " + migrator.schema() + ": "
          + (stale.isEmpty() ? "nothing" : String.join(", ", stale))
          + " (with the statements recorded when applied; a manual draft this build lacks is only forgotten)");
      return ExitCodes.OK;
    }
    RepairReport report = migrator.repair();
    output.line("schema " + report.schema() + " repaired");
    output.line("  reverted:  " + (report.reverted().isEmpty() ? "nothing" : String.join(", ", report.reverted())));
    output.line("  forgotten: " + (report.forgotten().isEmpty() ? "nothing" : String.join(", ", report.forgotten())));
    return ExitCodes.OK;
  }

  /**
   * The runtime has no plan-only repair, and {@code status} refuses the diverged history a branch
   * switch leaves, so the plan is read from the history: applied drafts this build does not carry,
   * newest first. A draft carried under the same id but changed is not listed; repair reverts it too.
   */
  private List<String> appliedDraftsNotCarried(Migrator migrator) {
    Set<String> carried = migratorOptions.catalog().migrations().stream().map(Migration::revision)
        .filter(Revision::draft).map(Revision::id).collect(Collectors.toSet());
    List<String> stale = new ArrayList<>(migrator.history().stream().filter(HistoryEntry::draft)
        .map(HistoryEntry::revision).filter(revision -> !carried.contains(revision)).toList());
    Collections.reverse(stale);
    return stale;
  }
}
