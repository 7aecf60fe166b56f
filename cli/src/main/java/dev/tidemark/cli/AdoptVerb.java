package dev.tidemark.cli;

import dev.tidemark.runtime.AdoptReport;
import dev.tidemark.runtime.Migrator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "adopt", mixinStandardHelpOptions = true,
    description = "Take over a database without a Tidemark history: upgrade an empty schema, stamp one that"
        + " matches a revision, or bridge one part of the way there to the head (nothing the model lacks is"
        + " dropped).")
final class AdoptVerb extends ChangingVerb<AdoptReport, AdoptReport> {

  @Option(names = "--dry-run", description = "Print what adopt would do and the SQL of the bridge; change nothing.")
  private boolean dryRun;

  @Override
  boolean dryRun() {
    return dryRun;
  }

  @Override
  AdoptReport plan(Migrator migrator) {
    return migrator.planAdoption();
  }

  @Override
  AdoptReport run(Migrator migrator) {
    return migrator.adopt();
  }

  @Override
  Object planJson(AdoptReport plan) {
    return JsonReports.Adopt.of(plan);
  }

  @Override
  Object reportJson(AdoptReport report) {
    return JsonReports.Adopt.of(report);
  }

  @Override
  void printPlan(Output output, Migrator migrator, AdoptReport plan) {
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

  @Override
  void printReport(Output output, AdoptReport report) {
    output.line(report.summary().stripTrailing());
  }
}
