package dev.tidemark.cli;

import dev.tidemark.runtime.MigrationReport;
import dev.tidemark.runtime.Migrator;
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

  @Override
  public Integer call() {
    Output output = output();
    if (dryRun) {
      Migrator migrator = migrator();
      DryRun.printUpgrade(output, migrator, RevisionIds.of(migratorOptions.catalog()), migrator.status(), target,
          migratorOptions.devMode());
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
