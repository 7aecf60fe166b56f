package dev.tidemark.cli;

import dev.tidemark.runtime.MigrationReport;
import dev.tidemark.runtime.SqlScript;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "upgrade", mixinStandardHelpOptions = true,
    description = "Apply the revisions the database lacks, each in its own transaction, up to <target>.")
final class UpgradeVerb extends DatabaseVerb {

  @Parameters(arity = "0..1", defaultValue = RevisionIds.HEAD, paramLabel = "<target>",
      description = "A revision id or head (default).")
  private String target;

  @Option(names = "--dry-run", description = "Print the SQL the upgrade would run; change nothing.")
  private boolean dryRun;

  @Option(names = "--json", description = "Print the report (with --dry-run, the plan) as JSON.")
  private boolean json;

  @Override
  public Integer call() {
    Output output = output();
    if (dryRun) {
      SqlScript plan = migrator().planUpgrade(target);
      if (json) {
        output.line(JsonReports.write(JsonReports.Plan.of(plan)));
      } else {
        DryRun.printScript(output, "upgrade", plan);
      }
      return ExitCodes.OK;
    }
    if (json) {
      output.line(JsonReports.write(JsonReports.Upgrade.of(migrator().upgrade(target))));
      return ExitCodes.OK;
    }
    MigrationReport report = migrator(new ProgressPrinter(output)).upgrade(target);
    report.revertedDrafts().forEach(draft -> output.line("  reverted draft " + draft + " (changed since applied)"));
    if (report.upToDate()) {
      output.line("schema " + report.schema() + " is up to date at " + RevisionIds.orBase(report.head()));
    } else {
      output.line("schema " + report.schema() + ": applied " + report.applied().size() + " revision(s) in "
          + report.elapsed().toMillis() + " ms, now at " + output.strong(RevisionIds.orBase(report.head())));
    }
    return ExitCodes.OK;
  }
}
