package dev.tidemark.cli;

import dev.tidemark.runtime.Migrator;
import dev.tidemark.runtime.RepairReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "repair", mixinStandardHelpOptions = true,
    description = "After a branch switch with a draft applied: revert the applied drafts this build does not carry"
        + " and remove them from the history, newest first. Frozen revisions are never touched.")
final class RepairVerb extends DatabaseVerb {

  @Option(names = "--dry-run", description = "Print the drafts repair would revert or forget; change nothing.")
  private boolean dryRun;

  @Option(names = "--json", description = "Print the report (with --dry-run, the plan) as JSON.")
  private boolean json;

  @Override
  public Integer call() {
    Output output = output();
    Migrator migrator = migrator();
    if (dryRun && !json) {
      DryRun.printRepair(output, migrator.planRepair());
      return ExitCodes.OK;
    }
    RepairReport report = dryRun ? migrator.planRepair() : migrator.repair();
    if (json) {
      output.line(JsonReports.write(JsonReports.Repair.of(report)));
      return ExitCodes.OK;
    }
    output.line("schema " + report.schema() + " repaired");
    output.line("  reverted:  " + (report.reverted().isEmpty() ? "nothing" : String.join(", ", report.reverted())));
    output.line("  forgotten: " + (report.forgotten().isEmpty() ? "nothing" : String.join(", ", report.forgotten())));
    return ExitCodes.OK;
  }
}
