package dev.tidemark.cli;

import dev.tidemark.runtime.MigrationReport;
import dev.tidemark.runtime.Migrator;
import dev.tidemark.runtime.SqlScript;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "upgrade", mixinStandardHelpOptions = true,
    description = "Apply the revisions the database lacks, each in its own transaction, up to <target>.")
final class UpgradeVerb extends ChangingVerb<SqlScript, MigrationReport> {

  @Parameters(arity = "0..1", defaultValue = RevisionIds.HEAD, paramLabel = "<target>",
      description = "A revision id or head (default).")
  private String target;

  @Option(names = "--dry-run", description = "Print the SQL the upgrade would run; change nothing.")
  private boolean dryRun;

  @Override
  boolean dryRun() {
    return dryRun;
  }

  @Override
  SqlScript plan(Migrator migrator) {
    return migrator.planUpgrade(target);
  }

  @Override
  MigrationReport run(Migrator migrator) {
    return migrator.upgrade(target);
  }

  @Override
  Object planJson(SqlScript plan) {
    return JsonReports.Plan.of(plan);
  }

  @Override
  Object reportJson(MigrationReport report) {
    return JsonReports.Upgrade.of(report);
  }

  @Override
  void printPlan(Output output, Migrator migrator, SqlScript plan) {
    DryRun.printScript(output, "upgrade", plan);
  }

  @Override
  void printReport(Output output, MigrationReport report) {
    report.revertedDrafts().forEach(draft -> output.line("  reverted draft " + draft + " (changed since applied)"));
    if (report.upToDate()) {
      output.line("schema " + report.schema() + " is up to date at " + RevisionIds.orBase(report.head()));
    } else {
      output.line("schema " + report.schema() + ": applied " + report.applied().size() + " revision(s) in "
          + report.elapsed().toMillis() + " ms, now at " + output.strong(RevisionIds.orBase(report.head())));
    }
  }
}
