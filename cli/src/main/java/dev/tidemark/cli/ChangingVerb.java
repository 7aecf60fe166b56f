package dev.tidemark.cli;

import dev.tidemark.runtime.Migrator;
import picocli.CommandLine.Option;

/**
 * A verb that changes the database, or with {@code --dry-run} shows what it would change. The
 * runtime decides both with the same rules; a subclass says how to ask it and how to word the answer.
 *
 * @param <P> what the runtime's plan-only form of the verb returns
 * @param <R> the report of the verb once done
 */
abstract class ChangingVerb<P, R> extends DatabaseVerb {

  @Option(names = "--json", description = "Print the report (with --dry-run, the plan) as JSON.")
  private boolean json;

  /** Each verb words its own {@code --dry-run} option, so help says what that verb would show. */
  abstract boolean dryRun();

  abstract P plan(Migrator migrator);

  abstract R run(Migrator migrator);

  abstract Object planJson(P plan);

  abstract Object reportJson(R report);

  abstract void printPlan(Output output, Migrator migrator, P plan);

  abstract void printReport(Output output, R report);

  @Override
  public final Integer call() {
    Output output = output();
    if (json) {
      Migrator migrator = migrator();
      output.line(JsonReports.write(dryRun() ? planJson(plan(migrator)) : reportJson(run(migrator))));
    } else if (dryRun()) {
      Migrator migrator = migrator();
      printPlan(output, migrator, plan(migrator));
    } else {
      printReport(output, run(migrator(new ProgressPrinter(output))));
    }
    return ExitCodes.OK;
  }
}
