package dev.tidemark.cli;

import dev.tidemark.runtime.Migrator;
import dev.tidemark.runtime.RepairReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "repair", mixinStandardHelpOptions = true,
    description = "After a branch switch with a draft applied: revert the applied drafts this build does not carry"
        + " and remove them from the history, newest first. Frozen revisions are never touched.")
final class RepairVerb extends ChangingVerb<RepairReport, RepairReport> {

  @Option(names = "--dry-run", description = "Print the drafts repair would revert or forget; change nothing.")
  private boolean dryRun;

  @Override
  boolean dryRun() {
    return dryRun;
  }

  @Override
  RepairReport plan(Migrator migrator) {
    return migrator.planRepair();
  }

  @Override
  RepairReport run(Migrator migrator) {
    return migrator.repair();
  }

  @Override
  Object planJson(RepairReport plan) {
    return JsonReports.Repair.of(plan);
  }

  @Override
  Object reportJson(RepairReport report) {
    return JsonReports.Repair.of(report);
  }

  @Override
  void printPlan(Output output, Migrator migrator, RepairReport plan) {
    DryRun.printRepair(output, plan);
  }

  @Override
  void printReport(Output output, RepairReport report) {
    output.line("schema " + report.schema() + " repaired");
    output.line("  reverted:  " + DryRun.listOrNothing(report.reverted()));
    output.line("  forgotten: " + DryRun.listOrNothing(report.forgotten()));
  }
}
