package dev.tidemark.cli;

import dev.tidemark.runtime.DowngradeReport;
import dev.tidemark.runtime.Migrator;
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

  @Override
  public Integer call() {
    Output output = output();
    if (dryRun) {
      Migrator migrator = migrator();
      DryRun.printDowngrade(output, migrator, RevisionIds.of(migratorOptions.catalog()), migrator.status(), target);
      return ExitCodes.OK;
    }
    DowngradeReport report = migrator(new ProgressPrinter(output)).downgrade(target);
    output.line("schema " + report.schema() + ": reverted " + report.reverted().size() + " revision(s) in "
        + report.elapsed().toMillis() + " ms, now at " + output.strong(RevisionIds.orBase(report.head())));
    return ExitCodes.OK;
  }
}
