package dev.tidemark.cli;

import dev.tidemark.runtime.AdoptReport;
import dev.tidemark.runtime.Migrator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "adopt", mixinStandardHelpOptions = true,
    description = "Take over a database without a Tidemark history: upgrade an empty schema, stamp one that"
        + " matches a revision, or bridge one part of the way there to the head (nothing the model lacks is"
        + " dropped).")
final class AdoptVerb extends DatabaseVerb {

  @Option(names = "--dry-run", description = "Print what adopt would do and the SQL of the bridge; change nothing.")
  private boolean dryRun;

  @Option(names = "--json", description = "Print the report (with --dry-run, the plan) as JSON.")
  private boolean json;

  @Override
  public Integer call() {
    Output output = output();
    if (json) {
      Migrator migrator = migrator();
      output.line(JsonReports.write(JsonReports.Adopt.of(dryRun ? migrator.planAdoption() : migrator.adopt())));
      return ExitCodes.OK;
    }
    if (dryRun) {
      Migrator migrator = migrator();
      printPlan(output, migrator, migrator.planAdoption());
      return ExitCodes.OK;
    }
    output.line(migrator(new ProgressPrinter(output)).adopt().summary().stripTrailing());
    return ExitCodes.OK;
  }

  private static void printPlan(Output output, Migrator migrator, AdoptReport plan) {
    if (plan.outcome() == AdoptReport.Outcome.WOULD_UPGRADE) {
      output.line("-- dry run: schema " + plan.schema() + " is empty; adopt would upgrade it to " + plan.revision());
      DryRun.printScript(output, "adopt", migrator.planUpgrade(RevisionIds.HEAD));
    } else if (plan.outcome() == AdoptReport.Outcome.WOULD_STAMP) {
      output.line("-- dry run: schema " + plan.schema() + " matches revision " + plan.revision()
          + "; adopt would stamp it there without running anything");
    } else {
      output.line("-- dry run: adopt would bridge schema " + plan.schema() + " to revision " + plan.revision()
          + " with the following; nothing was changed");
      plan.differences().forEach(drift -> output.line("-- differs: " + drift.describe()));
      plan.leftAlone().forEach(drift -> output.line("-- left alone: " + drift.describe()));
      plan.bridge().forEach(sql -> output.line(sql + ";"));
    }
  }
}
