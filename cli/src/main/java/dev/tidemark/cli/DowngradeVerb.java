package dev.tidemark.cli;

import dev.tidemark.runtime.DowngradeReport;
import dev.tidemark.runtime.SqlScript;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "downgrade", mixinStandardHelpOptions = true,
    description = "Revert applied revisions, newest first, each with its exact inverse in its own transaction,"
        + " down to <target>.")
final class DowngradeVerb extends DatabaseVerb {

  @Parameters(paramLabel = "<target>", description = "A revision id to keep, base (revert all), or -N (revert the"
      + " last N).")
  private String target;

  @Option(names = "--dry-run", description = "Print the SQL the downgrade would run; change nothing.")
  private boolean dryRun;

  @Option(names = "--json", description = "Print the report (with --dry-run, the plan) as JSON.")
  private boolean json;

  @Override
  public Integer call() {
    Output output = output();
    if (dryRun) {
      SqlScript plan = migrator().planDowngrade(target);
      if (json) {
        output.line(JsonReports.write(JsonReports.Plan.of(plan)));
      } else {
        DryRun.printScript(output, "downgrade", plan);
      }
      return ExitCodes.OK;
    }
    if (json) {
      output.line(JsonReports.write(JsonReports.Downgrade.of(migrator().downgrade(target))));
      return ExitCodes.OK;
    }
    DowngradeReport report = migrator(new ProgressPrinter(output)).downgrade(target);
    output.line("schema " + report.schema() + ": reverted " + report.reverted().size() + " revision(s) in "
        + report.elapsed().toMillis() + " ms, now at " + output.strong(RevisionIds.orBase(report.head())));
    return ExitCodes.OK;
  }
}
