package dev.tidemark.cli;

import dev.tidemark.runtime.Migrator;
import dev.tidemark.runtime.StampReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "stamp", mixinStandardHelpOptions = true,
    description = "Record the database as being at <revision> without running anything: for a database brought"
        + " there by other means.")
final class StampVerb extends DatabaseVerb {

  @Parameters(paramLabel = "<revision>", description = "A revision id, base or head.")
  private String target;

  @Option(names = "--dry-run", description = "Print the history rows stamp would record and remove; change nothing.")
  private boolean dryRun;

  @Option(names = "--json", description = "Print the report (with --dry-run, the plan) as JSON.")
  private boolean json;

  @Override
  public Integer call() {
    Output output = output();
    Migrator migrator = migrator();
    if (dryRun && !json) {
      DryRun.printStamp(output, migrator.planStamp(target));
      return ExitCodes.OK;
    }
    StampReport report = dryRun ? migrator.planStamp(target) : migrator.stamp(target);
    if (json) {
      output.line(JsonReports.write(JsonReports.Stamp.of(report)));
      return ExitCodes.OK;
    }
    output.line("schema " + report.schema() + " stamped at " + output.strong(RevisionIds.orBase(report.head())));
    output.line("  recorded: " + (report.recorded().isEmpty() ? "nothing" : String.join(", ", report.recorded())));
    output.line("  removed:  " + (report.removed().isEmpty() ? "nothing" : String.join(", ", report.removed())));
    return ExitCodes.OK;
  }
}
