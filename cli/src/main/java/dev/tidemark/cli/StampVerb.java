package dev.tidemark.cli;

import dev.tidemark.runtime.Migrator;
import dev.tidemark.runtime.StampReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "stamp", mixinStandardHelpOptions = true,
    description = "Record the database as being at <revision> without running anything: for a database brought"
        + " there by other means.")
final class StampVerb extends ChangingVerb<StampReport, StampReport> {

  @Parameters(paramLabel = "<revision>", description = "A revision id, base or head.")
  private String target;

  @Option(names = "--dry-run", description = "Print the history rows stamp would record and remove; change nothing.")
  private boolean dryRun;

  @Override
  boolean dryRun() {
    return dryRun;
  }

  @Override
  StampReport plan(Migrator migrator) {
    return migrator.planStamp(target);
  }

  @Override
  StampReport run(Migrator migrator) {
    return migrator.stamp(target);
  }

  @Override
  Object planJson(StampReport plan) {
    return JsonReports.Stamp.of(plan);
  }

  @Override
  Object reportJson(StampReport report) {
    return JsonReports.Stamp.of(report);
  }

  @Override
  void printPlan(Output output, Migrator migrator, StampReport plan) {
    DryRun.printStamp(output, plan);
  }

  @Override
  void printReport(Output output, StampReport report) {
    output.line("schema " + report.schema() + " stamped at " + output.strong(RevisionIds.orBase(report.head())));
    output.line("  recorded: " + DryRun.listOrNothing(report.recorded()));
    output.line("  removed:  " + DryRun.listOrNothing(report.removed()));
  }
}
