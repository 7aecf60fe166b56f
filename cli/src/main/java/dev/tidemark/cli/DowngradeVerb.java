package dev.tidemark.cli;

import dev.tidemark.runtime.DowngradeReport;
import dev.tidemark.runtime.Migrator;
import dev.tidemark.runtime.SqlScript;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "downgrade", mixinStandardHelpOptions = true,
    description = "Revert applied revisions, newest first, each with its exact inverse in its own transaction,"
        + " down to <target>.")
final class DowngradeVerb extends ChangingVerb<SqlScript, DowngradeReport> {

  @Parameters(paramLabel = "<target>", description = "A revision id to keep, base (revert all), or -N (revert the"
      + " last N).")
  private String target;

  @Option(names = "--dry-run", description = "Print the SQL the downgrade would run; change nothing.")
  private boolean dryRun;

  @Override
  boolean dryRun() {
    return dryRun;
  }

  @Override
  SqlScript plan(Migrator migrator) {
    return migrator.planDowngrade(target);
  }

  @Override
  DowngradeReport run(Migrator migrator) {
    return migrator.downgrade(target);
  }

  @Override
  Object planJson(SqlScript plan) {
    return JsonReports.Plan.of(plan);
  }

  @Override
  Object reportJson(DowngradeReport report) {
    return JsonReports.Downgrade.of(report);
  }

  @Override
  void printPlan(Output output, Migrator migrator, SqlScript plan) {
    DryRun.printScript(output, "downgrade", plan);
  }

  @Override
  void printReport(Output output, DowngradeReport report) {
    output.line("schema " + report.schema() + ": reverted " + report.reverted().size() + " revision(s) in "
        + report.elapsed().toMillis() + " ms, now at " + output.strong(RevisionIds.orBase(report.head())));
  }
}
